/**
 * A step of `npm run build`, after tsc: compiles the input validator of every resource in schema.json with
 * ajv, once, and writes each as its own module beside the compiled `validate.js`, so that the provider neither
 * loads ajv's compiler nor compiles a schema in each Pulumi run, and loads only the validators of the kinds a
 * run uses. The modules are derived from schema.json at every build.
 */
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSchema } from "../provider/schema/load";
import { resourceModel } from "../provider/schema/model";
import { compiledValidatorsFolder, jsonSchemaOf, validatorOptions } from "../provider/schema/validate";

const ajv = new Ajv(validatorOptions);
const folder = path.join(__dirname, "..", "provider", "schema", compiledValidatorsFolder);
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder);
for (const token of Object.keys(loadSchema().resources)) {
    const model = resourceModel(token);
    const validate = ajv.compile({ ...jsonSchemaOf(model), $id: token });
    fs.writeFileSync(path.join(folder, `${model.name}.js`), standaloneCode(ajv, validate));
}
