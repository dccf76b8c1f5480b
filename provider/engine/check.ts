import { resourceModel } from "../schema/model";
import { validateInputs, type InputFailure } from "../schema/validate";
import { crossFieldFailures } from "./cross-field-rules";
import type { ResourceRules } from "./resource-rules";
import type { Props } from "./state";

/**
 * Every failure of a resource's inputs: the schema (via ajv), then the cross-field rules of the schema's
 * extensions, then (with `preview`) the resource's own preview rules. Unknown values are skipped. Create and
 * update leave the preview rules out: the apply part of the same rule checks the appliance itself.
 */
export function inputFailures(
    token: string,
    rules: ResourceRules,
    inputs: Props,
    preview: boolean,
): InputFailure[] {
    const model = resourceModel(token);
    const failures = validateInputs(token, inputs);
    const failing = new Set(failures.map((failure) => failure.property.split(".")[0]));
    failures.push(...crossFieldFailures(model, inputs, failing));
    if (preview && rules.previewFailures) {
        failures.push(...rules.previewFailures(inputs, failing));
    }
    return failures;
}
