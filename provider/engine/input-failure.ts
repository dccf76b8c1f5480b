/**
 * One reason why a resource's inputs are invalid, in the shape of Pulumi's `CheckFailure`: what `check` reports
 * to the engine and what an `InvalidInputsError` lists. The schema's validators, the cross-field rules and each
 * resource's own rules all produce it.
 */
export interface InputFailure {
    /** The property at fault, e.g. `port` or `systemConfiguration.showAdvancedSettings`. */
    readonly property: string;
    /** A sentence that names the bad value and what is allowed, e.g. `port: must be between 1 and 65535, got 70000`. */
    readonly reason: string;
}
