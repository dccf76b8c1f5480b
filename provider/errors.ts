/**
 * Every error the provider raises. Each class has a stable string `code` that callers and tests may match on,
 * an optional `cause`, and a message that stands alone: it says what was attempted, what went wrong and, when
 * there is one, the fix.
 *
 * Secrets never travel in an error: no message, `cause` chain or enumerable property holds a password, a
 * session token or an Authorization header. Causes from libraries (got's errors carry the request options,
 * headers and body) are never attached as they are: {@link safeCause} copies only their name, code and message.
 *
 * To add an error: subclass {@link BarracudaWafError}, give it a new code in {@link BarracudaWafErrorCode},
 * build its message from its fields, and pass any underlying error through {@link safeCause}.
 */

/** The stable codes of the provider's errors, one per error class. */
export const BarracudaWafErrorCode = {
    /** {@link ApplianceError}: the appliance answered with an error status. */
    appliance: "ERR_APPLIANCE",
    /** {@link ApplianceUnreachableError}: no answer (refused, reset, dropped, DNS, TLS). */
    unreachable: "ERR_APPLIANCE_UNREACHABLE",
    /** {@link ApplianceTimeoutError}: no answer within the configured timeout. */
    timeout: "ERR_APPLIANCE_TIMEOUT",
    /** {@link AuthenticationError}: the appliance refused the login or the session. */
    authentication: "ERR_AUTHENTICATION",
    /** {@link ConfigurationError}: a provider setting is missing or invalid. */
    configuration: "ERR_CONFIGURATION",
} as const;

/** One of the values of {@link BarracudaWafErrorCode}. */
export type BarracudaWafErrorCode = (typeof BarracudaWafErrorCode)[keyof typeof BarracudaWafErrorCode];

/** The base of every provider error: a stable `code`, a message that stands alone, an optional `cause`. */
export class BarracudaWafError extends Error {
    /** Stable identifier of the kind of failure, e.g. `ERR_APPLIANCE`. Never changes between releases. */
    readonly code: string;

    constructor(code: string, message: string, options?: { readonly cause?: unknown }) {
        super(message, options?.cause === undefined ? undefined : { cause: safeCause(options.cause) });
        this.code = code;
        Object.defineProperty(this, "name", {
            value: new.target.name,
            enumerable: false,
            configurable: true,
            writable: true,
        });
    }
}

/** What every failed call to the appliance reports, whatever the reason. */
export interface ApplianceCallFailure {
    /** HTTP method of the call, upper case. */
    readonly method: string;
    /** Path of the call relative to `/restapi/v3.2`, without the query, e.g. `/services/chat`. */
    readonly path: string;
    /** How many times the request was sent (1 when it was not retried). */
    readonly attempts: number;
    /**
     * True when a non-idempotent write (POST) may have been applied even though the call failed: the request
     * was sent and the answer was lost or was a 5xx. The client never resends such a write; the caller decides,
     * for example by reading whether the object now exists.
     */
    readonly outcomeUnknown: boolean;
}

/** What identifies one failed call, as every appliance-call error is given it. */
interface CallFailureInit {
    readonly method: string;
    readonly path: string;
    readonly attempts?: number;
    readonly outcomeUnknown?: boolean;
}

/**
 * The shared part of the errors of one call to the appliance: the call, how often it was sent and whether a
 * write may have been applied, and a message that starts with `METHOD path` and ends with those notes.
 */
abstract class ApplianceCallError extends BarracudaWafError implements ApplianceCallFailure {
    readonly method: string;
    readonly path: string;
    readonly attempts: number;
    readonly outcomeUnknown: boolean;

    /** `what` says what went wrong after `METHOD path`; `fix`, when given, ends the message. */
    protected constructor(
        code: BarracudaWafErrorCode,
        failure: CallFailureInit,
        what: string,
        fix: string,
        options?: { readonly cause?: unknown },
    ) {
        const attempts = failure.attempts ?? 1;
        super(
            code,
            `${failure.method} ${failure.path} ${what}` +
                attemptsNote(attempts) +
                (failure.outcomeUnknown ? outcomeUnknownNote : "") +
                fix,
            options,
        );
        this.method = failure.method;
        this.path = failure.path;
        this.attempts = attempts;
        this.outcomeUnknown = failure.outcomeUnknown ?? false;
    }
}

/** The appliance answered with an error status (any 3xx, 4xx or 5xx, or an unreadable 2xx body). */
export class ApplianceError extends ApplianceCallError {
    /** The HTTP status the appliance answered with. */
    readonly status: number;
    /** The appliance's own message, from whichever error body shape it used, or a description of the body. */
    readonly applianceMessage: string;

    constructor(failure: CallFailureInit & { readonly status: number; readonly applianceMessage: string }) {
        super(
            BarracudaWafErrorCode.appliance,
            failure,
            `failed with ${failure.status}: ${failure.applianceMessage}`,
            "",
        );
        this.status = failure.status;
        this.applianceMessage = failure.applianceMessage;
    }
}

/** The appliance could not be reached or the connection failed: refused, reset, dropped, DNS or TLS. */
export class ApplianceUnreachableError extends ApplianceCallError {
    /** The appliance's address as configured, e.g. `https://waf.example.com:8443`. */
    readonly address: string;
    /** The underlying reason in words, e.g. `connection refused (ECONNREFUSED)`. */
    readonly reason: string;

    constructor(
        failure: CallFailureInit & { readonly address: string; readonly reason: string },
        options?: { readonly cause?: unknown },
    ) {
        super(
            BarracudaWafErrorCode.unreachable,
            failure,
            `could not reach the appliance at ${failure.address}: ${failure.reason}`,
            "",
            options,
        );
        this.address = failure.address;
        this.reason = failure.reason;
    }
}

/** The appliance did not answer within the configured timeout (`barracudawaf:timeoutSeconds`). */
export class ApplianceTimeoutError extends ApplianceCallError {
    /** The appliance's address as configured. */
    readonly address: string;
    /** The timeout of one attempt, in milliseconds. */
    readonly timeoutMs: number;

    constructor(
        failure: CallFailureInit & { readonly address: string; readonly timeoutMs: number },
        options?: { readonly cause?: unknown },
    ) {
        super(
            BarracudaWafErrorCode.timeout,
            failure,
            `got no answer from the appliance at ${failure.address} within ${failure.timeoutMs} ms`,
            "; raise barracudawaf:timeoutSeconds if the appliance is slow",
            options,
        );
        this.address = failure.address;
        this.timeoutMs = failure.timeoutMs;
    }
}

/**
 * The appliance refused the login, or refused the session again right after a fresh login. Carries the
 * address and user name, never the password or the token.
 */
export class AuthenticationError extends BarracudaWafError {
    /** The appliance's address as configured. */
    readonly address: string;
    /** The user name that was refused. */
    readonly username: string;
    /** The HTTP status of the refusal, when the appliance answered. */
    readonly status: number | undefined;
    /** The appliance's own message, when it gave one. */
    readonly applianceMessage: string | undefined;

    constructor(failure: {
        readonly address: string;
        readonly username: string;
        readonly status?: number;
        readonly applianceMessage?: string;
        /** What was being done, e.g. `login` or `GET /services after a fresh login`. Defaults to `login`. */
        readonly during?: string;
    }) {
        const during = failure.during ?? "login";
        const answer =
            failure.status === undefined
                ? ""
                : ` with ${failure.status}${failure.applianceMessage ? `: ${failure.applianceMessage}` : ""}`;
        super(
            BarracudaWafErrorCode.authentication,
            `The appliance at ${failure.address} refused ${during} as user "${failure.username}"${answer}; ` +
                "check barracudawaf:username and barracudawaf:password (or BARRACUDA_WAF_USERNAME and " +
                "BARRACUDA_WAF_PASSWORD)",
        );
        this.address = failure.address;
        this.username = failure.username;
        this.status = failure.status;
        this.applianceMessage = failure.applianceMessage;
    }
}

/** A provider setting is missing or invalid. Names the config key, its environment variable and the fix. */
export class ConfigurationError extends BarracudaWafError {
    /** The stack config key, e.g. `barracudawaf:address`. */
    readonly key: string;
    /** The environment variable that can stand in for the key, if any, e.g. `BARRACUDA_WAF_ADDRESS`. */
    readonly envVariable: string | undefined;
    /** What to do about it, as a sentence. */
    readonly fix: string;

    /**
     * @param problem what is wrong, e.g. `is not set` or `"ftp://x" is not an http or https URL`; it must not
     *   quote a secret value.
     */
    constructor(failure: {
        readonly key: string;
        readonly envVariable?: string;
        readonly problem: string;
        readonly fix: string;
    }) {
        const source = failure.envVariable ? `${failure.key} (or ${failure.envVariable})` : failure.key;
        super(BarracudaWafErrorCode.configuration, `${source} ${failure.problem}: ${failure.fix}`);
        this.key = failure.key;
        this.envVariable = failure.envVariable;
        this.fix = failure.fix;
    }
}

const outcomeUnknownNote = "; the write may have been applied, so it was not resent";

/** The message of anything thrown, for an error message that ends with its cause. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

function attemptsNote(attempts: number): string {
    return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}

/**
 * Turns anything thrown by a library into a cause that is safe to keep: a plain `Error` with the original's
 * name, `code` and message, and a cause chain copied the same way (at most 5 deep). Request options, headers,
 * bodies, responses and any other property are dropped. A {@link BarracudaWafError} is kept as it is (it is
 * safe by construction).
 */
export function safeCause(cause: unknown, depth = 0): unknown {
    if (cause instanceof BarracudaWafError) {
        return cause;
    }
    if (!(cause instanceof Error)) {
        return cause === undefined || cause === null ? cause : new Error(String(cause).slice(0, 500));
    }
    const inner = depth < 5 && cause.cause !== undefined ? safeCause(cause.cause, depth + 1) : undefined;
    const copy = new Error(cause.message, inner === undefined ? undefined : { cause: inner });
    Object.defineProperty(copy, "name", { value: cause.name, enumerable: false, configurable: true });
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") {
        (copy as Error & { code?: string }).code = code;
    }
    copy.stack = `${cause.name}: ${cause.message}`;
    return copy;
}

/** The stable codes of the resource errors below (validation, the WebSocket rule, create and update failures). */
export const ResourceErrorCode = {
    /** {@link InvalidInputsError}: a resource's inputs break the schema or a cross-field rule. */
    invalidInputs: "ERR_INVALID_INPUTS",
    /** {@link AdvancedSettingsHiddenError}: WebSocket was asked for while Show Advanced Settings is off. */
    advancedSettingsHidden: "ERR_ADVANCED_SETTINGS_HIDDEN",
    /** {@link WebSocketInUseError}: Show Advanced Settings would be turned off under services using WebSocket. */
    webSocketInUse: "ERR_WEBSOCKET_IN_USE",
    /** {@link WebSocketDisabledError}: a WebSocket policy was to be made for a service with WebSocket off. */
    webSocketDisabled: "ERR_WEBSOCKET_DISABLED",
    /** {@link WebSocketPoliciesInUseError}: WebSocket would be turned off under a service's WebSocket policies. */
    webSocketPoliciesInUse: "ERR_WEBSOCKET_POLICIES_IN_USE",
    /** {@link ResourceOperationError}: a create, update or delete failed part-way; the message says what is left. */
    operationFailed: "ERR_OPERATION_FAILED",
} as const;

/** One invalid input: the property and a sentence naming the bad value and what is allowed. */
export interface InvalidInput {
    readonly property: string;
    readonly reason: string;
}

/**
 * A resource's inputs are invalid. Raised by create and update before anything is sent, when they are called
 * with inputs that `check` would have refused; `check` itself reports the same failures to the engine.
 */
export class InvalidInputsError extends BarracudaWafError {
    /** The resource type, e.g. `Service`. */
    readonly resource: string;
    readonly failures: readonly InvalidInput[];

    constructor(resource: string, name: string | undefined, failures: readonly InvalidInput[]) {
        super(
            ResourceErrorCode.invalidInputs,
            `Invalid ${resource}${name ? ` "${name}"` : ""}, nothing was changed on the appliance: ` +
                failures.map((failure) => failure.reason).join("; "),
        );
        this.resource = resource;
        this.failures = failures;
    }
}

/**
 * WebSocket was to be enabled on a service while the appliance's Show Advanced Settings
 * (`enable-advanced-settings` of `/system/advanced-settings`) is not `Yes`. Raised before any write: nothing was
 * changed on the appliance.
 */
export class AdvancedSettingsHiddenError extends BarracudaWafError {
    /** The service that asked for WebSocket. */
    readonly service: string;
    /** The appliance's `enable-advanced-settings` value as read, e.g. `No`. */
    readonly found: string;
    /** Whether the service was given a SystemConfiguration that has `showAdvancedSettings: true`. */
    readonly declared: boolean;

    constructor(service: string, action: "create" | "update", found: string, declared: boolean) {
        super(
            ResourceErrorCode.advancedSettingsHidden,
            `Cannot ${action} service "${service}" with enableWebSocket: true: Show Advanced Settings is off on the ` +
                `appliance (enable-advanced-settings is ${JSON.stringify(found)}), and the appliance only honours ` +
                "WebSocket while it is on. Nothing was changed on the appliance. " +
                (declared
                    ? "The service's systemConfiguration has showAdvancedSettings: true, so the setting was turned " +
                      "off outside this plan: on the appliance by hand, by another stack, or by another resource of " +
                      "this update. Fix: run pulumi refresh (it finds the SystemConfiguration's drift), then pulumi " +
                      "up, which turns the setting on again before the service."
                    : "Fix: set systemConfiguration: <your SystemConfiguration with showAdvancedSettings: true> on " +
                      "the service, so that Pulumi turns the setting on first."),
        );
        this.service = service;
        this.found = found;
        this.declared = declared;
    }
}

/**
 * Show Advanced Settings was to be turned off (by an update, or by a delete that restores a hidden original)
 * while services on the appliance still have WebSocket enabled. Raised before any write.
 */
export class WebSocketInUseError extends BarracudaWafError {
    /** The services that have `enable-websocket: Yes`, sorted. */
    readonly services: readonly string[];

    constructor(action: string, services: readonly string[]) {
        const list = services.map((service) => `"${service}"`).join(", ");
        super(
            ResourceErrorCode.webSocketInUse,
            `Cannot ${action}: it would turn Show Advanced Settings off while ${services.length === 1 ? "service" : "services"} ` +
                `${list} still ${services.length === 1 ? "has" : "have"} WebSocket enabled. Nothing was changed on ` +
                "the appliance. Fix: set enableWebSocket: false on those services (or delete them) and run pulumi " +
                "up; then set showAdvancedSettings: false and run pulumi up again, separately and later. Both in one " +
                "pulumi up cannot work: the services rely on the SystemConfiguration, so it is updated first. Or " +
                "keep showAdvancedSettings: true.",
        );
        this.services = services;
    }
}

/**
 * A WebSocket policy was to be created for a service whose Enable WebSocket is off on the appliance: the
 * appliance would hold a policy for traffic it does not pass. Raised before any write.
 */
export class WebSocketDisabledError extends BarracudaWafError {
    /** The service, and the policy that was to be made. */
    readonly service: string;
    readonly policy: string;

    constructor(service: string, policy: string, declared: boolean) {
        super(
            ResourceErrorCode.webSocketDisabled,
            `Cannot create WebSocket policy "${policy}" of service "${service}": the service has WebSocket off on ` +
                "the appliance (enable-websocket is not Yes), and a policy only protects WebSocket traffic. Nothing " +
                "was changed on the appliance. " +
                (declared
                    ? "The program has enableWebSocket: true on that Service, so it was turned off outside this plan. " +
                      "Fix: run pulumi refresh, then pulumi up, which turns it on again before the policy."
                    : `Fix: set enableWebSocket: true on service "${service}" and pass that Service as the policy's ` +
                      "service, so that Pulumi turns WebSocket on first."),
        );
        this.service = service;
        this.policy = policy;
    }
}

/**
 * WebSocket was to be turned off on a service that still has WebSocket policies. Raised before any write. Pulumi
 * runs a service's update before it deletes the policies a program dropped, so both in one `pulumi up` cannot
 * work: the message gives the two steps.
 */
export class WebSocketPoliciesInUseError extends BarracudaWafError {
    readonly service: string;
    /** The service's WebSocket policies, sorted. */
    readonly policies: readonly string[];

    constructor(service: string, policies: readonly string[]) {
        const list = policies.map((policy) => `"${policy}"`).join(", ");
        super(
            ResourceErrorCode.webSocketPoliciesInUse,
            `Cannot set enableWebSocket: false on service "${service}": it still has WebSocket ` +
                `${policies.length === 1 ? "policy" : "policies"} ${list}. Nothing was changed on the appliance. Fix: ` +
                "remove those WebSocketPolicy resources from the program (or delete them on the appliance) and run " +
                "pulumi up; then set enableWebSocket: false and run pulumi up again. Both in one pulumi up cannot " +
                "work: Pulumi updates the service before it deletes the policies.",
        );
        this.service = service;
        this.policies = policies;
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
    | "not-adoptable";

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
        "name. If an interrupted pulumi up created it, run BARRACUDA_WAF_ADOPT_EXISTING=true pulumi up once to " +
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
        super(ResourceErrorCode.operationFailed, message, { cause: failure.cause });
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
