import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { resourceModel, type PropertyModel, type ResourceModel } from "../../provider/schema/model";
import { providerBlob, startProvider, type StartedProvider } from "./harness";
import { kindOf, planWithDependencies, resourceTokens } from "./schema-plan";

/**
 * Every property of every resource of schema.json gets a bad value of each kind its schema rules out (enum,
 * boolean, integer range and fraction, string length, pattern and type, address format, list, nested input,
 * resource reference), on top of inputs that are otherwise valid, derived from the schema. `check` must refuse
 * it on that property alone, with a message that names the property, quotes the value and says what is
 * allowed, and before anything reaches the appliance: the emulator sees no call, not even a login. (The
 * hand-written corpora pin the exact wording of typical cases.)
 */
interface Probe {
    /** What the case is about, e.g. `past the maximum`. */
    readonly what: string;
    readonly value: unknown;
    /** What the message must say is allowed. */
    readonly allowed: readonly RegExp[];
}

/** The bad values of `property`, one per rule its schema declares. */
function probesFor(property: PropertyModel): Probe[] {
    const x = property.extension;
    const probes: Probe[] = [];
    switch (property.kind) {
        case "enum":
            probes.push({
                what: "not one of its values",
                value: "not-a-value",
                // Every allowed value is listed, quoted.
                allowed: [
                    /must be one of /,
                    ...(property.enumValues ?? []).map((v) => literal(JSON.stringify(v))),
                ],
            });
            break;
        case "boolean":
            probes.push({
                what: "the appliance's Yes",
                value: "Yes",
                allowed: [/must be true or false/, /write true/],
            });
            break;
        case "integer":
            probes.push({ what: "a fraction", value: 1.5, allowed: [/must be a whole number/] });
            if (x.maximum !== undefined) {
                probes.push({
                    what: "past the maximum",
                    value: x.maximum + 1,
                    allowed: [literal(String(x.maximum))],
                });
            }
            if (x.minimum !== undefined) {
                probes.push({
                    what: "below the minimum",
                    value: x.minimum - 1,
                    allowed: [literal(String(x.minimum))],
                });
            }
            break;
        case "list":
            probes.push({ what: "a string", value: "one.example", allowed: [/must be a list of strings/] });
            break;
        case "string":
            probes.push({ what: "a number", value: 42, allowed: [/must be a string/] });
            if (x.maxLength !== undefined) {
                probes.push({
                    what: "too long",
                    value: "x".repeat(x.maxLength + 1),
                    allowed: [new RegExp(`at most ${x.maxLength} characters`)],
                });
            }
            if (x.minLength !== undefined && x.minLength > 0) {
                probes.push({ what: "empty", value: "", allowed: [/must not be empty|at least/] });
            }
            if (x.pattern !== undefined) {
                const value = "-not a name";
                assert.ok(
                    !new RegExp(x.pattern).test(value),
                    `${property.name}: the probe breaks its pattern`,
                );
                probes.push({
                    what: "against its pattern",
                    value,
                    allowed: [literal(x.patternDescription ?? x.pattern)],
                });
            }
            if (x.format === "ip-address" || x.format === "mask") {
                probes.push({
                    what: `not an ${x.format === "mask" ? "address mask" : "address"}`,
                    value: "not-an-address",
                    allowed: [
                        x.format === "mask"
                            ? /must be an IPv[46] network mask/
                            : /must be an IPv[46] address/,
                    ],
                });
            }
            break;
        case "object":
            probes.push({ what: "not an object", value: 42, allowed: [/must be an object/] });
            break;
        case "reference":
            probes.push({
                what: "a name instead of the resource",
                value: "by-name",
                allowed: [literal(`must be a ${resourceModel(property.reference as string).name} resource`)],
            });
            break;
        default:
            assert.fail(`${property.name}: no bad value for a ${property.kind}; add a probe for the kind`);
    }
    return probes;
}

function literal(text: string): RegExp {
    return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** How the message quotes the value: a string in quotes (a long one cut short), a number as it is. */
function quoted(value: unknown): string {
    return typeof value === "string" ? JSON.stringify(value).slice(0, 30) : String(value);
}

/** `inputs` with the property `name` (a member by its path, `basicSecurity.mode`) set to `value`. */
function withValue(inputs: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
    const [holder, member] = name.split(".");
    return member === undefined
        ? { ...inputs, [holder]: value }
        : { ...inputs, [holder]: { ...(inputs[holder] as object), [member]: value } };
}

/** Every property a program sets that a probe changes: each input, and each member of a nested one. */
function probedProperties(model: ResourceModel): PropertyModel[] {
    return model.inputs.flatMap((property) => [property, ...(property.members ?? [])]);
}

let provider: StartedProvider;

before(async () => {
    provider = await startProvider();
});

after(() => provider.stop());

/**
 * Valid inputs of `token`, derived from the schema (planned when a case first needs them, so that a resource
 * the plan cannot make fails its own cases, not the file). The resources it refers to are passed as the SDK
 * passes them, with made-up IDs: check never looks them up.
 */
function validInputs(token: string): () => Record<string, unknown> {
    let inputs: Record<string, unknown> | undefined;
    return () => {
        if (inputs === undefined) {
            const plan = planWithDependencies(token, "probe");
            inputs = plan[plan.length - 1].inputs(new Map(plan.map((p) => [p, `${p.kind}-id`])));
        }
        return inputs;
    };
}

for (const token of resourceTokens()) {
    const model = resourceModel(token);
    const kind = kindOf(model);
    const valid = validInputs(token);
    describe(`every property of ${model.name} refuses a bad value at check, before any call`, () => {
        it("the valid inputs the cases start from pass check", async () => {
            const result = await provider.handlers[kind].check({}, { ...valid(), __provider: providerBlob });
            assert.deepEqual(result.failures ?? [], []);
        });
        for (const property of probedProperties(model)) {
            for (const probe of probesFor(property)) {
                it(`${property.name}: ${probe.what} (${quoted(probe.value)})`, async () => {
                    provider.resetCounts();
                    const inputs = withValue(valid(), property.name, probe.value);
                    const result = await provider.handlers[kind].check(
                        {},
                        { ...inputs, __provider: providerBlob },
                    );
                    assert.equal(result.failures?.length, 1, JSON.stringify(result.failures));
                    const [failure] = result.failures ?? [];
                    assert.equal(failure.property, property.name);
                    assert.ok(failure.reason.startsWith(`${property.name}: `), failure.reason);
                    assert.ok(failure.reason.includes(`got ${quoted(probe.value)}`), failure.reason);
                    for (const allowed of probe.allowed) {
                        assert.match(failure.reason, allowed);
                    }
                    assert.deepEqual(
                        provider.emulator.control.requests(),
                        [],
                        "no call reached the emulator",
                    );
                });
            }
        }
    });
}
