import { XMLParser } from 'fast-xml-parser';

/** Custom labels by API name (`Error_Generic_Title` -> its value), from a CustomLabels metadata file; throws on XML that holds no CustomLabels root. */
export function parseCustomLabels(xml: string): Record<string, string> {
  const parser = new XMLParser({ isArray: (name) => name === 'labels', parseTagValue: false });
  const doc = parser.parse(xml) as {
    CustomLabels?: { labels?: { fullName?: unknown; value?: unknown }[] };
  };
  if (!doc || typeof doc !== 'object' || !('CustomLabels' in doc)) {
    throw new Error('Not a CustomLabels metadata file: no <CustomLabels> root element');
  }
  const labels: Record<string, string> = {};
  for (const label of doc.CustomLabels?.labels ?? []) {
    if (typeof label.fullName !== 'string' || label.fullName === '') {
      throw new Error('A <labels> element has no <fullName>');
    }
    // Prettier may wrap a long value over several lines; the platform shows it as one line.
    labels[label.fullName] = String(label.value ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return labels;
}
