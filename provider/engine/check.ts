import type { ResourceModel } from "../schema/model";
import { validateInputs } from "../schema/validate";
import type { InputFailure } from "./input-failure";
import { crossFieldFailures } from "./cross-field-rules";
import { pemFailures } from "./pem-rules";
import { referenceNames } from "./reference-names";
import type { ResourceRules } from "./resource-rules";
import type { Props } from "./state";

/**
 * Every failure of a resource's inputs: the schema (via ajv), then the cross-field rules of the schema's
 * extensions and the PEM inputs' kinds, then (with `preview`) the resource's own preview rules, which also see the fields a reference
 * passes (see `reference-names.ts`). Unknown values are skipped. Create and
 * update leave the preview rules out: the apply part of the same rule checks the appliance itself.
 */
export function inputFailures(
    model: ResourceModel,
    rules: ResourceRules,
    inputs: Props,
    preview: boolean,
): InputFailure[] {
    const named = referenceNames(model, inputs);
    const failures = validateInputs(model, named);
    const failing = new Set(failures.map((failure) => failure.property.split(".")[0]));
    failures.push(...crossFieldFailures(model, named, failing));
    failures.push(...pemFailures(model, named, failing));
    if (preview && rules.previewFailures) {
        failures.push(...rules.previewFailures(inputs, failing));
    }
    return failures;
}
