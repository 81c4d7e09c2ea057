// Web addresses, e-mail addresses and file names inside a run of non-space characters, so the spacing
// rules leave `example.com,` `desk@wire.org` and `report.PDF` alone. A web address needs a scheme,
// `www.`, a slash or a known domain shape (a lower-case label, a dot, a lower-case top-level domain);
// a matching letter pair is not enough: `businesses.In` is a missing space, `norvale.in` a domain.

/** Lower-case top-level domains after a lower-case label: `norvale.in`, `example.co.uk`. */
const domain =
  /[\p{Ll}\p{N}-]\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|in|uk|us|au|ca|de|fr|jp|cn|ru|pk|bd|lk|np|ng|ke|za|ae|sg|my|ph|id|nz|ie|it|es|nl|be|ch|se|no|tv|me|ly|ai|app|dev|news|online|ac)(?![\p{L}\p{N}])/u

/** Capitalised domains that are no English word: `Harbor.Com`, `Gov.Org`. */
const capitalDomain = /\p{L}\.(?:Com|Org|Net|Gov|Edu|COM|ORG|NET|GOV|EDU)(?![\p{L}\p{N}])/u

/** A scheme, `www.`, an at sign between characters, a slash or a backslash. */
const address = /\p{L}{2,10}:\/\/|www\.|\S@\S|[/\\]/iu

/** File name extensions in capitals: `report.PDF`. */
export const capitalExtensions: ReadonlySet<string> = new Set([
  'PDF', 'DOC', 'DOCX', 'XLS', 'XLSX', 'PPT', 'PPTX', 'TXT', 'CSV', 'JPG', 'JPEG', 'PNG', 'GIF', 'TIF', 'TIFF',
  'ZIP', 'EXE', 'MP3', 'MP4', 'MOV', 'AVI', 'HTML', 'HTM', 'XML', 'JSON', 'RTF', 'SVG',
])

/** Whether a run of non-space characters is, or holds, a web or e-mail address. */
export function isWebAddress(run: string): boolean {
  return address.test(run) || domain.test(run) || capitalDomain.test(run)
}
