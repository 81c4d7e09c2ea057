#!/bin/sh
# Feed ingester gate: pipe a story in, get JSON out, and hold the story when it has errors.
#   curl -s "$FEED_ITEM_URL" | sh examples/hooks/feed-gate.sh desk/incoming.txt
npx wirelint --format json --stdin-filename "${1:-incoming.txt}" - > wirelint-report.json
status=$?
case $status in
  0) echo "publish" ;;
  1) echo "hold for an editor: see wirelint-report.json" ;;
  *) echo "wirelint could not check the story (status $status)" >&2 ;;
esac
exit $status
