/**
 * A step of `npm run build`, after tsc: compiles the input validator of every resource in schema.json with
 * ajv, once, and writes them as one module beside the compiled `validate.js`, so that the provider neither loads
 * ajv's compiler nor compiles a schema in each Pulumi run. The module is derived from schema.json at every build.
 */
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSchema } from "../provider/schema/load";
import { resourceModel } from "../provider/schema/model";
import { compiledValidatorsFile, jsonSchemaOf, validatorOptions } from "../provider/schema/validate";

const ajv = new Ajv(validatorOptions);
const exportsByName: Record<string, string> = {};
for (const token of Object.keys(loadSchema().resources)) {
    const model = resourceModel(token);
    ajv.addSchema({ ...jsonSchemaOf(model), $id: token });
    exportsByName[model.name] = token;
}
const target = path.join(__dirname, "..", "provider", "schema", compiledValidatorsFile);
fs.writeFileSync(target, standaloneCode(ajv, exportsByName));
