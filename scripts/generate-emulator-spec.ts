/**
 * `npm run generate:emulator`: writes `emulator/spec/spec-objects.json`, the emulator's own reading of the
 * vendor's spec (`emulator/spec/reader/`; nothing of the generator's normalizer), so that the shipped
 * emulator needs no vendor file at run time.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderVendorSpec, specObjectsFile } from "../emulator/spec/reader";

const file = specObjectsFile();
fs.writeFileSync(file, renderVendorSpec());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
