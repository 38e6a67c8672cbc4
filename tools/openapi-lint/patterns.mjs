// Every `pattern` of an OpenAPI document must compile as an ECMA-262 regular expression with the `u` flag, the
// dialect JSON Schema names and JavaScript validators (ajv) use. Prints one line per pattern that does not.
import { readFileSync } from "node:fs";

let bad = 0;
function walk(node, pointer) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${pointer}/${i}`));
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") {
        try {
          new RegExp(value, "u");
        } catch (e) {
          bad++;
          console.log(`${pointer}/pattern: ${e.message}`);
        }
      } else {
        walk(value, `${pointer}/${key}`);
      }
    }
  }
}
for (const file of process.argv.slice(2)) {
  walk(JSON.parse(readFileSync(file, "utf8")), file + "#");
}
process.exit(bad === 0 ? 0 : 1);
