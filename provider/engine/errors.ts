import { BarracudaWafError, messageOf } from "../barracuda-waf-error";
import { settingSpecs } from "../client/setting-specs";
import { BarracudaWafErrorCode } from "../error-codes";
import type { InputFailure } from "./input-failure";

/*
 * The engine's errors: a resource's inputs are invalid, or a create, adopt, update or delete failed and the
 * message says what is left on the appliance. Their codes are in `../error-codes.ts`.
 */

/**
 * A resource's inputs are invalid. Raised by create and update before anything is sent, when they are called
 * with inputs that `check` would have refused; `check` itself reports the same failures to the engine.
 */
export class InvalidInputsError extends BarracudaWafError {
    /** The resource type, e.g. `Service`. */
    readonly resource: string;
    readonly failures: readonly InputFailure[];

    constructor(resource: string, name: string | undefined, failures: readonly InputFailure[]) {
        super(
            BarracudaWafErrorCode.invalidInputs,
            `Invalid ${resource}${name ? ` "${name}"` : ""}, nothing was changed on the appliance: ` +
                failures.map((failure) => failure.reason).join("; "),
        );
        this.resource = resource;
        this.failures = failures;
    }
}

/** The resource operations whose failures {@link ResourceOperationError} reports. */
export type ResourceOperation = "create" | "adopt" | "update" | "delete";

/**
 * What a failed operation left on the appliance, which decides the message and the fix:
 *
 * - `refused`: the appliance refused the first write; nothing was created or changed.
 * - `absent`: the answer to the create was lost, and a GET found no such object: nothing was created.
 * - `exists`: an object of that name already exists; nothing was changed (the fix names `adopt`).
 * - `exists-differently`: after a lost answer, an object of that name exists with other values (`found`).
 * - `unclear`: after a lost answer, checking whether the object exists failed too (`found`).
 * - `rolled-back`: the object was created, a later `step` failed, and it was deleted again.
 * - `left-recorded`: as `rolled-back`, but deleting failed too (`found`); the object stays, recorded in state.
 * - `recorded-as-before`: taking an object over failed after it may have written; recorded with the values read.
 * - `partly-written`: an update failed at `step` after the objects in `found` had been written.
 * - `nothing-written`: an update failed at its first write.
 * - `gone`: the object disappeared from the appliance during the operation.
 * - `not-adoptable`: an existing object cannot be taken over as declared (`found` says why); nothing changed.
 * - `undeletable`: the appliance's API cannot delete such an object; nothing was changed.
 */
export type OperationOutcome =
    | "refused"
    | "absent"
    | "exists"
    | "exists-differently"
    | "unclear"
    | "rolled-back"
    | "left-recorded"
    | "recorded-as-before"
    | "partly-written"
    | "nothing-written"
    | "gone"
    | "not-adoptable"
    | "undeletable";

/** The fields a {@link ResourceOperationError} is built from. */
export interface OperationFailure {
    readonly operation: ResourceOperation;
    /** The resource type, e.g. `Service`. */
    readonly resource: string;
    /** The object's ID, e.g. `chat` or `chat/web1`. */
    readonly object: string;
    /** The step that failed, as a phrase: `writing its Advanced Configuration`, `POST /services`. */
    readonly step: string;
    readonly outcome: OperationOutcome;
    /** What a follow-up found, where the outcome needs it (see {@link OperationOutcome}). */
    readonly found?: string;
    /** How many times the step was tried, when more than once. */
    readonly attempts?: number;
    /** The error of the failed step. */
    readonly cause?: unknown;
}

/** `SelfSignedCertificate` → `self-signed certificate`, `ServiceGroup` → `service group`: the resource in prose. */
function inWords(resource: string): string {
    return resource
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .toLowerCase()
        .replace(/^self signed/, "self-signed");
}

const adoptFix = (what: string): string =>
    `set adopt: true on this ${what}` + " (it is then updated in place to match the program)";

const recordedFix = "run pulumi refresh, then pulumi up";

/** The message of each outcome, after `<Operation> <Resource> Error: `. */
const outcomeMessages: Readonly<Record<OperationOutcome, (failure: OperationFailure) => string>> = {
    refused: (f) =>
        `the appliance did not ${f.operation} ${inWords(f.resource)} "${f.object}"; nothing was ${f.operation === "create" ? "created" : "changed"}`,
    absent: (f) =>
        `creating ${inWords(f.resource)} "${f.object}" failed and the appliance has no such ${inWords(f.resource)}; ` +
        `nothing was created${f.attempts !== undefined && f.attempts > 1 ? ` (after ${f.attempts} attempts)` : ""}`,
    exists: (f) =>
        `a ${inWords(f.resource)} named "${f.object}" already exists on the appliance; nothing was changed. To manage ` +
        `that ${inWords(f.resource)} with Pulumi, ${adoptFix(f.resource)}; to create a new one, choose another ` +
        `name. If an interrupted pulumi up created it, run ${settingSpecs().adoptExisting.env}=true pulumi up once to ` +
        'take over what it left (README: "If an update was interrupted")',
    "exists-differently": (f) =>
        `creating ${inWords(f.resource)} "${f.object}" failed, and a ${inWords(f.resource)} of that name exists on the ` +
        `appliance with other values (${f.found ?? "unknown"}); it was left as it is. Choose another name, or set ` +
        `adopt: true on this ${f.resource} to take that ${inWords(f.resource)} over`,
    unclear: (f) =>
        `creating ${inWords(f.resource)} "${f.object}" failed without a clear answer, and checking whether it exists ` +
        `failed too (${f.found ?? "unknown"}); look for it on the appliance: if it is there, set adopt: true on this ` +
        `${f.resource} to take it over (or delete it), then pulumi up again`,
    "rolled-back": (f) =>
        `${inWords(f.resource)} "${f.object}" was created but ${f.step} failed, so it was deleted again; nothing is ` +
        "left on the appliance",
    "left-recorded": (f) =>
        `${inWords(f.resource)} "${f.object}" was created but ${f.step} failed, and deleting it again failed too ` +
        `(${f.found ?? "unknown"}); the ${inWords(f.resource)} remains on the appliance and is recorded in the ` +
        `stack's state: ${recordedFix}`,
    "recorded-as-before": (f) =>
        `taking over ${inWords(f.resource)} "${f.object}" failed; it is recorded in the stack's state with the values ` +
        `it had before: ${recordedFix}`,
    "partly-written": (f) =>
        `${f.step} of ${inWords(f.resource)} "${f.object}" failed after its ${f.found ?? "other objects"} had been ` +
        "written; run pulumi refresh to see the appliance's values, then pulumi up again",
    "nothing-written": (f) =>
        `${f.step} of ${inWords(f.resource)} "${f.object}" failed, nothing was written; run pulumi refresh to see the ` +
        "appliance's values, then pulumi up again",
    gone: (f) =>
        `${inWords(f.resource)} "${f.object}" disappeared from the appliance during the ${f.operation}`,
    "not-adoptable": (f) =>
        `${inWords(f.resource)} "${f.object}" exists but cannot be taken over as declared: ${f.found ?? "unknown"}. ` +
        "The appliance cannot change these in place: declare the appliance's values to adopt it; nothing was changed",
    undeletable: (f) =>
        `the appliance's API cannot delete a ${inWords(f.resource)} (it has no DELETE for one), so "${f.object}" is ` +
        `still on the appliance and in the stack's state; nothing was changed. Give this ${f.resource} the ` +
        "resource option retainOnDelete: true to leave it on the appliance when the program drops it, or remove " +
        "it in the web UI and then run pulumi state delete on it",
};

/**
 * A create, adopt, update or delete failed. Built from fields ({@link OperationFailure}): the message says which
 * step failed, what the provider did about it and what is left on the appliance, with the fix, and ends with
 * the cause: `Create Service Error: service "chat" was created but writing its Advanced Configuration failed,
 * so it was deleted again; nothing is left on the appliance. Cause: PUT ... failed with 400: ...`.
 *
 * When the object stays on the appliance, `id` and `properties` are set: Pulumi's dynamic-provider host then
 * sends them to the engine, which records the object in the stack's state (as a failed create), so nothing is
 * left untracked; `reasons` carries the message there, since the engine shows only the reasons.
 */
export class ResourceOperationError extends BarracudaWafError implements OperationFailure {
    readonly operation: ResourceOperation;
    readonly resource: string;
    readonly object: string;
    readonly step: string;
    readonly outcome: OperationOutcome;
    readonly found: string | undefined;
    readonly attempts: number | undefined;
    /** The ID of an object that remains on the appliance despite the failure, if the engine must record it. */
    readonly id: string | undefined;
    /** The outputs to record with `id`. */
    readonly properties: Record<string, unknown> | undefined;
    /** The message again, as the one reason of a partial failure (see the class comment). */
    readonly reasons: readonly string[];

    constructor(
        failure: OperationFailure,
        recorded?: { readonly id: string; readonly properties: Record<string, unknown> },
    ) {
        const title = `${failure.operation[0].toUpperCase()}${failure.operation.slice(1)} ${failure.resource} Error`;
        const message =
            `${title}: ${outcomeMessages[failure.outcome](failure)}` +
            (failure.cause === undefined ? "" : `. Cause: ${messageOf(failure.cause)}`);
        super(BarracudaWafErrorCode.operationFailed, message, { cause: failure.cause });
        this.operation = failure.operation;
        this.resource = failure.resource;
        this.object = failure.object;
        this.step = failure.step;
        this.outcome = failure.outcome;
        this.found = failure.found;
        this.attempts = failure.attempts;
        this.id = recorded?.id;
        this.properties = recorded?.properties;
        this.reasons = [message];
    }
}
