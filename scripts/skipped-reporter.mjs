// A node:test reporter that writes one JSON line per skipped test (file, name, reason): scripts/test.mjs
// prints them after node's own summary, so a skip is never mistaken for a pass.
export default async function* skipped(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' || !event.data.skip) continue;
    const { file, name, skip } = event.data;
    yield `${JSON.stringify({ file: file ?? '', name, reason: skip === true ? '(no reason given)' : String(skip).replace(/\s*\n\s*/g, ' ') })}\n`;
  }
}
