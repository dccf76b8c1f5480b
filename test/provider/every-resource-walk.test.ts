import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import type { ResourceHandlers } from "../../provider/engine/handlers";
import { collectionOf, fillPath, idOf } from "../../provider/engine/object-path";
import { inputNamesKey } from "../../provider/engine/state";
import { loadSchema } from "../../provider/schema/load";
import { resourceModel, type PropertyModel, type ResourceModel } from "../../provider/schema/model";
import { ApiSession } from "../helpers/api-session";
import { providerBlob, startProvider, type StartedProvider } from "./harness";
import {
    canChange,
    otherValue,
    pathOf,
    planWithDependencies,
    resourceTokens,
    type PlannedResource,
    type Props,
} from "./schema-plan";

/**
 * Every resource of schema.json, walked through the provider's real handlers against one emulator, as the
 * Pulumi engine drives them: check → create → a diff of the same inputs → a diff per fixed property → an
 * in-place update → drift made on the appliance behind the provider's back → adopt → delete. Inputs, the
 * resources they need, the property to update and the calls to expect all come from the schema, so a resource
 * the generator adds is walked without code here. Each walk names its objects after its resource and removes
 * what it made, so the walks share the emulator without meeting.
 */

/**
 * Resources whose walk cannot run as the schema describes it, with the reason (a bug to fix, or a fact the
 * schema lacks). Keep it empty where possible: an entry here is a gap, reported, not a pass. One rule stands
 * for a whole class instead of entries: a walk that reaches an object the emulator has no route for is a TODO
 * (see `unservedRequest`), while the emulator catches up with the schema.
 */
const walkExceptions: Readonly<Record<string, string>> = {};

let provider: StartedProvider;
let session: ApiSession;

before(async () => {
    provider = await startProvider();
    session = await ApiSession.open(provider.emulator);
});

after(() => provider.stop());

/** The host's inputs: what the program gives, plus the `__provider` key the host adds. */
function hosted(inputs: Props): Props {
    return { ...inputs, __provider: providerBlob };
}

function handlersOf(planned: PlannedResource): ResourceHandlers {
    const handlers = provider.handlers[planned.kind];
    assert.ok(handlers, `the provider has handlers for ${planned.model.name}`);
    return handlers;
}

/** A leaf's value in program inputs: `basicSecurity.mode` is `inputs.basicSecurity.mode`. */
function leafOf(inputs: Props, name: string): unknown {
    const [holder, member] = name.split(".");
    const value = inputs[holder];
    return member === undefined ? value : (value as Props | undefined)?.[member];
}

/** `inputs` with the leaf `name` set to `value`. */
function withLeaf(inputs: Props, name: string, value: unknown): Props {
    const [holder, member] = name.split(".");
    return member === undefined
        ? { ...inputs, [holder]: value }
        : { ...inputs, [holder]: { ...(inputs[holder] as Props), [member]: value } };
}

/** The appliance's form of a program value: booleans travel as Yes/No, numbers as decimal strings. */
function wireForm(property: PropertyModel, value: unknown): unknown {
    if (property.kind === "boolean") {
        return value === true ? "Yes" : "No";
    }
    return Array.isArray(value) ? value : String(value);
}

/** The name in a reference value: the value itself, or the `name` of `{ name, ...fields }`. */
function nameIn(value: unknown): unknown {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        ? (value as Props).name
        : value;
}

/** The properties whose appliance field the walk checks: every leaf with a field, provider-only ones aside. */
function fieldLeaves(model: ResourceModel): PropertyModel[] {
    return model.leaves.filter(
        (property) => property.extension.field !== undefined && property.extension.object !== undefined,
    );
}

/**
 * The fields of one of `planned`'s objects (`template`) as the appliance answers a GET of it, or undefined when
 * it has no such object. A collection's object is keyed by its name (a sub-object's by its parent's), a
 * sub-object's fields by its group.
 */
async function fieldsOnAppliance(
    planned: PlannedResource,
    template: string,
): Promise<Record<string, unknown> | undefined> {
    const answer = await session.get(pathOf(template, planned.params));
    if (answer.status === 404) {
        return undefined;
    }
    assert.equal(answer.status, 200, `GET ${template}: ${JSON.stringify(answer.body)}`);
    let record = answer.body.data as Record<string, unknown>;
    // Keyed by the object's name, or, for the settings of a parent's item, by the innermost parent's.
    const key = Object.values(planned.params)
        .reverse()
        .find((name) => typeof record[name] === "object");
    if (key !== undefined) {
        record = record[key] as Record<string, unknown>;
    }
    const group = planned.model.extension.groups[template];
    return typeof record[group] === "object" ? (record[group] as Record<string, unknown>) : record;
}

/** The writes the emulator saw since the log was cleared, as `METHOD /path` below `/restapi/v3.2`. */
function writesSeen(): string[] {
    return provider.emulator.control
        .requests()
        .filter((request) => request.method !== "GET" && !request.path.endsWith("/login"))
        .map((request) => `${request.method} ${request.path.replace(/^\/restapi\/v3\.2/, "")}`);
}

/**
 * The properties that a resource's rules involve, so that an update of them tests the rule rather than the
 * walk: those another resource passes along with a reference to this one (the WebSocket rule chain's links),
 * and those another property's `requiredWhen` depends on.
 */
function ruledProperties(model: ResourceModel): Set<string> {
    const ruled = new Set<string>();
    for (const token of resourceTokens()) {
        for (const property of resourceModel(token).inputs) {
            const target = property.reference ?? property.extension.references;
            if (target === model.token) {
                (property.extension.passes ?? []).forEach((name) => ruled.add(name));
            }
        }
    }
    model.leaves.forEach((property) => {
        if (property.extension.requiredWhen) {
            ruled.add(property.extension.requiredWhen.property);
        }
    });
    return ruled;
}

/**
 * The property the walk updates in place: one that a program sets, the appliance changes in place (its own
 * object's PUT) and that has another valid value; by preference the first, in schema order, that no rule
 * involves (no address format, requirement, field sent on every write or picked by the appliance), else the
 * first with such a rule. Never a reference (another object would be needed) nor a link of a rule chain.
 * Undefined when the resource has none.
 */
function inPlaceProperty(model: ResourceModel): PropertyModel | undefined {
    const ruled = ruledProperties(model);
    const candidates = fieldLeaves(model).filter(
        (property) =>
            !property.replaceOnChanges &&
            canChange(property) &&
            property.kind !== "reference" &&
            property.extension.references === undefined &&
            property.extension.putVia === undefined &&
            property.extension.writeOnly !== true && // a change of it cannot be read back
            !ruled.has(property.name),
    );
    const plain = candidates.find((property) => {
        const x = property.extension;
        return (
            x.format === undefined &&
            x.requiredWhen === undefined &&
            x.sentOnEveryWrite !== true &&
            x.computed !== true
        );
    });
    return plain ?? candidates[0];
}

/**
 * The writes a create makes: a collection's object is one POST, then one PUT per sub-object that the inputs
 * set to other than its defaults, in schema order; a singleton is taken over with one PUT of what is set.
 */
function expectedCreateWrites(
    planned: PlannedResource,
    inputs: Props,
    current?: Record<string, unknown>,
): string[] {
    const model = planned.model;
    const [main, ...subObjects] = model.objects;
    const differs = (object: string): boolean =>
        fieldLeaves(model).some(
            (property) =>
                property.extension.object === object &&
                leafOf(inputs, property.name) !== undefined &&
                leafOf(inputs, property.name) !== property.default,
        );
    if (planned.singleton) {
        // A settings object is taken over: only the fields that differ from what the appliance has are written.
        const changes = fieldLeaves(model).some((property) => {
            const value = leafOf(inputs, property.name);
            return (
                value !== undefined &&
                JSON.stringify(wireForm(property, nameIn(value))) !==
                    JSON.stringify(current?.[property.extension.field as string])
            );
        });
        return changes ? [`PUT ${pathOf(main, planned.params)}`] : [];
    }
    return [
        `POST ${pathOf(main.slice(0, main.lastIndexOf("/")), planned.params)}`,
        ...subObjects.filter(differs).map((object) => `PUT ${pathOf(object, planned.params)}`),
    ];
}

/**
 * Asserts that every field the inputs set has the inputs' value on the appliance; one the appliance never
 * shows (`writeOnly`) must not be shown.
 */
async function assertOnAppliance(planned: PlannedResource, inputs: Props, step: string): Promise<void> {
    for (const property of fieldLeaves(planned.model)) {
        const value = leafOf(inputs, property.name);
        if (value === undefined) {
            continue;
        }
        const fields = await fieldsOnAppliance(planned, property.extension.object as string);
        assert.deepEqual(
            fields?.[property.extension.field as string],
            property.extension.writeOnly ? undefined : wireForm(property, nameIn(value)),
            `${step}: ${property.name} on the appliance`,
        );
    }
}

/** Check, then create, as the engine does for a resource the walk needs; its check must pass. */
async function createNeeded(planned: PlannedResource, ids: Map<PlannedResource, string>): Promise<Props> {
    const inputs = hosted(planned.inputs(ids));
    const checked = await handlersOf(planned).check({}, inputs);
    assert.deepEqual(checked.failures ?? [], [], `check of ${planned.model.name}, needed by the walk`);
    const made = await handlersOf(planned).create(inputs);
    ids.set(planned, made.id);
    return made.outs;
}

/** One resource's walk: what it created, under which ID, and the state the engine would hold now. */
interface Walk {
    readonly subject: PlannedResource;
    readonly handlers: ResourceHandlers;
    readonly id: string;
    /** The inputs the program declares now. */
    declared: Props;
    state: Props;
}

/** check, then create: one POST and a PUT per sub-object the inputs change; every value on the appliance. */
async function create(subject: PlannedResource, inputs: Props): Promise<Walk> {
    const handlers = handlersOf(subject);
    const checked = await handlers.check({}, hosted(inputs));
    assert.deepEqual(checked.failures ?? [], [], "check of the walk's inputs");
    provider.resetCounts();
    for (const property of fieldLeaves(subject.model)) {
        const given = leafOf(inputs, property.name);
        assert.notEqual(
            given,
            property.default,
            `${property.name} differs from its default, so create writes it`,
        );
    }
    const current = subject.singleton
        ? await fieldsOnAppliance(subject, subject.model.objects[0])
        : undefined;
    provider.resetCounts();
    const made = await handlers.create(hosted(inputs));
    assert.deepEqual(writesSeen(), expectedCreateWrites(subject, inputs, current), "create's writes");
    await assertOnAppliance(subject, inputs, "create");
    for (const property of fieldLeaves(subject.model)) {
        const given = leafOf(inputs, property.name);
        if (given !== undefined) {
            assert.deepEqual(leafOf(made.outs, property.name), nameIn(given), `output ${property.name}`);
        }
    }
    return { subject, handlers, id: made.id, declared: inputs, state: made.outs };
}

/** The same inputs again: nothing to do. */
async function diffUnchanged(walk: Walk): Promise<void> {
    const same = await walk.handlers.diff(walk.id, walk.state, hosted(walk.declared));
    assert.equal(same.changes, false, "a diff of the same inputs shows no change");
    assert.deepEqual(same.replaces ?? [], []);
}

/** A fixed property (`replaceOnChanges`) changed: the plan replaces the object, naming that property. */
async function diffReplacing(walk: Walk): Promise<void> {
    // An enum of one value cannot change: it has nothing to replace.
    for (const property of walk.subject.model.inputs.filter((p) => p.replaceOnChanges && canChange(p))) {
        const changed = {
            ...walk.declared,
            [property.name]: otherValue(property, walk.declared[property.name]),
        };
        const diff = await walk.handlers.diff(walk.id, walk.state, hosted(changed));
        assert.equal(diff.changes, true, `a change of ${property.name} is a change`);
        assert.deepEqual(diff.replaces, [property.name], `a change of ${property.name} replaces`);
        assert.equal(
            diff.deleteBeforeReplace,
            walk.subject.model.extension.replacement !== "create-first",
            "the old object goes first unless the schema says create-first",
        );
    }
}

/** Update: the diff says update, not replace, and the update writes that one field of its one object. */
async function update(walk: Walk, property: PropertyModel): Promise<void> {
    const object = property.extension.object as string;
    const field = property.extension.field as string;
    const updated = otherValue(property, leafOf(walk.declared, property.name));
    const declared = withLeaf(walk.declared, property.name, updated);
    const diff = await walk.handlers.diff(walk.id, walk.state, hosted(declared));
    assert.equal(diff.changes, true, `a change of ${property.name} is a change`);
    assert.deepEqual(diff.replaces, [], `${property.name} changes in place`);
    const fieldsBefore = await fieldsOnAppliance(walk.subject, object);
    provider.resetCounts();
    const result = await walk.handlers.update(walk.id, walk.state, hosted(declared));
    assert.deepEqual(writesSeen(), [`PUT ${pathOf(object, walk.subject.params)}`], "update's writes");
    assert.deepEqual(
        await fieldsOnAppliance(walk.subject, object),
        { ...fieldsBefore, [field]: wireForm(property, updated) },
        `the update changes ${field} and nothing else`,
    );
    assert.deepEqual(leafOf(result.outs ?? {}, property.name), updated, "the update's output");
    walk.declared = declared;
    walk.state = result.outs ?? {};
}

/** Drift: someone changes the property on the appliance; read reports it, and the next diff puts it back. */
async function drift(walk: Walk, property: PropertyModel): Promise<void> {
    const object = property.extension.object as string;
    const drifted = otherValue(property, leafOf(walk.declared, property.name));
    // A person's PUT carries what the appliance wants on every write of the object, as the provider's does.
    const always = fieldLeaves(walk.subject.model).filter(
        (p) => p.extension.object === object && p.extension.sentOnEveryWrite,
    );
    const answer = await session.put(pathOf(object, walk.subject.params), {
        ...Object.fromEntries(
            always.map((p) => [p.extension.field, wireForm(p, leafOf(walk.declared, p.name))]),
        ),
        [property.extension.field as string]: wireForm(property, drifted),
    });
    assert.equal(answer.status, 200, `the change by hand: ${JSON.stringify(answer.body)}`);
    const read = await walk.handlers.read(walk.id, walk.state);
    assert.equal(read.id, walk.id);
    assert.deepEqual(leafOf(read.props ?? {}, property.name), drifted, "read reports the drift");
    assert.deepEqual(leafOf(read.inputs ?? {}, property.name), drifted, "as the inputs' drift");
    const back = await walk.handlers.diff(walk.id, read.props ?? {}, hosted(walk.declared));
    assert.equal(back.changes, true, "the next up puts it back");
    assert.deepEqual(back.replaces, []);
    walk.state = read.props ?? {};
}

/**
 * The object read together with a sibling that is not there, as a refresh reads many at once: the list they
 * share gives what the object's own GET gives, and the sibling is gone. Where the parents' list nests the
 * object's collection, a read of the main object's fields alone goes through that list.
 */
async function readTogether(walk: Walk): Promise<void> {
    const { subject } = walk;
    const { name } = subject.params;
    if (name === undefined || subject.singleton) {
        return; // a singleton, or an item of a fixed collection, is read alone, as what is taken over
    }
    const template = subject.model.extension.object;
    const siblingId = idOf(template, { ...subject.params, name: `${name}-gone` });
    const inputNames = walk.state[inputNamesKey] as string[];
    const mainOnly = inputNames.filter((input) =>
        [undefined, template].includes(subject.model.property(input)?.extension.object as string | undefined),
    );
    const nestedIn = subject.model.extension.nestedIn;
    const reads = [
        {
            state: walk.state,
            throughParents: nestedIn !== undefined && mainOnly.length === inputNames.length,
        },
    ];
    if (nestedIn !== undefined && mainOnly.length < inputNames.length) {
        reads.push({ state: { ...walk.state, [inputNamesKey]: mainOnly }, throughParents: true });
    }
    for (const { state, throughParents } of reads) {
        const alone = await walk.handlers.read(walk.id, state);
        provider.emulator.control.clearLog();
        const [together, gone] = await Promise.all([
            walk.handlers.read(walk.id, state),
            walk.handlers.read(siblingId, state),
        ]);
        assert.deepEqual(together, alone, "read with another, from a list: as its own GET");
        assert.deepEqual(gone, {}, "the sibling that is not there is gone");
        const calls = provider.emulator.control.requests().map((entry) => `${entry.method} ${entry.path}`);
        assert.equal(calls.length, 2, `one list, and the sibling's own GET: ${calls.join(", ")}`);
        if (throughParents && nestedIn !== undefined) {
            const parent = collectionOf(template)
                .replace(/\/[^/]+$/, "")
                .replace(/\/[^/]+$/, "");
            const listed = provider.emulator.control
                .requests()
                .some(
                    (entry) =>
                        entry.method === "GET" &&
                        entry.path.endsWith(fillPath(parent, subject.params)) &&
                        new URLSearchParams(entry.query).getAll("groups").join() === nestedIn.group,
                );
            assert.ok(
                listed,
                `the main object's fields read through the parents' list with ${nestedIn.group}`,
            );
        }
    }
}

/**
 * Adopt: a fresh resource (no prior state) over the existing object, with `adopt: true` where the resource has
 * it (a singleton is always taken over), takes it over without creating it and writes only what differs: the
 * drifted property, if any (a singleton writes what the program sets, as its create does).
 */
async function adopt(walk: Walk, drifted: PropertyModel | undefined): Promise<void> {
    const { subject } = walk;
    const adoptable = subject.model.property("adopt") !== undefined;
    const current = subject.singleton
        ? await fieldsOnAppliance(subject, subject.model.objects[0])
        : undefined;
    provider.resetCounts();
    const adopted = await walk.handlers.create(
        hosted({ ...walk.declared, ...(adoptable ? { adopt: true } : {}) }),
    );
    assert.equal(adopted.id, walk.id, "adopt takes over the same object");
    const expected = subject.singleton
        ? expectedCreateWrites(subject, walk.declared, current)
        : drifted
          ? [`PUT ${pathOf(drifted.extension.object as string, subject.params)}`]
          : [];
    assert.deepEqual(writesSeen(), expected, "adopt's writes");
    await assertOnAppliance(subject, walk.declared, "adopt");
}

/**
 * Delete: the object goes in one DELETE and what it needed stays; a singleton gets back the settings found
 * when it was first taken over (the state the walk carried through update and drift holds them). An object
 * the API cannot delete (`undeletable`) is refused with the way out, and stays, with nothing written.
 */
async function remove(
    walk: Walk,
    found: Record<string, unknown> | undefined,
    needed: readonly PlannedResource[],
) {
    const { subject } = walk;
    const main = subject.model.extension.object;
    provider.resetCounts();
    if (subject.model.extension.undeletable === true) {
        await assert.rejects(walk.handlers.delete(walk.id, walk.state), (error: Error) => {
            assert.match(error.message, /API cannot delete .* retainOnDelete: true/);
            return true;
        });
        assert.deepEqual(writesSeen(), [], "an undeletable object's delete writes nothing");
        assert.ok(await fieldsOnAppliance(subject, main), "the object stays");
        return;
    }
    await walk.handlers.delete(walk.id, walk.state);
    if (subject.singleton) {
        assert.deepEqual(await fieldsOnAppliance(subject, main), found, "delete gives back the settings");
        return;
    }
    assert.deepEqual(writesSeen(), [`DELETE ${pathOf(main, subject.params)}`], "delete's writes");
    assert.equal(await fieldsOnAppliance(subject, main), undefined, "the object is gone");
    for (const planned of needed.filter((p) => !p.singleton)) {
        assert.ok(
            await fieldsOnAppliance(planned, planned.model.extension.object),
            `the ${planned.model.name} it needed remains`,
        );
    }
}

/**
 * Deletes what a walk made, the resource first, then what it needed in reverse order. Every deletion is tried;
 * the first failure is thrown after all, unless the walk already failed (its error says more).
 */
async function cleanUp(
    subject: PlannedResource,
    needed: readonly PlannedResource[],
    ids: ReadonlyMap<PlannedResource, string>,
    states: ReadonlyMap<PlannedResource, Props>,
): Promise<unknown> {
    let failure: unknown;
    for (const planned of [subject, ...[...needed].reverse()]) {
        const id = ids.get(planned);
        if (id !== undefined) {
            try {
                await handlersOf(planned).delete(id, states.get(planned) ?? {});
            } catch (error) {
                failure ??= error;
            }
        }
    }
    return failure;
}

/**
 * The walk of `token`, with what it needs made first and removed after. The first failure is thrown: the
 * walk's own, else the clean-up's; then the appliance must be as the walk found it.
 */
async function walkResource(token: string): Promise<void> {
    const model = resourceModel(token);
    const plan = planWithDependencies(token, model.name.toLowerCase());
    const subject = plan[plan.length - 1];
    const needed = plan.slice(0, -1);
    const untouched = provider.emulator.control.snapshot();
    const ids = new Map<PlannedResource, string>();
    const states = new Map<PlannedResource, Props>();
    let failure: unknown;
    try {
        for (const planned of needed) {
            states.set(planned, await createNeeded(planned, ids));
        }
        const found = await fieldsOnAppliance(subject, model.extension.object);
        const walk = await create(subject, subject.inputs(ids));
        ids.set(subject, walk.id);
        states.set(subject, walk.state);
        await diffUnchanged(walk);
        await diffReplacing(walk);
        const property = inPlaceProperty(model);
        if (property === undefined) {
            assert.ok(
                fieldLeaves(model).every(
                    (p) =>
                        p.replaceOnChanges ||
                        !canChange(p) ||
                        p.extension.references !== undefined ||
                        p.extension.putVia !== undefined ||
                        ruledProperties(model).has(p.name),
                ),
                "only a resource with no field to change in place (or only references and rule links) has no update",
            );
        } else {
            await update(walk, property);
            await drift(walk, property);
        }
        states.set(subject, walk.state);
        await readTogether(walk);
        await adopt(walk, property);
        await remove(walk, found, needed);
        ids.delete(subject);
    } catch (error) {
        failure = error;
    }
    const cleanUpFailure = await cleanUp(subject, needed, ids, states);
    if (failure !== undefined || cleanUpFailure !== undefined) {
        throw failure ?? cleanUpFailure;
    }
    assert.deepEqual(
        withoutUndeletable(provider.emulator.control.snapshot(), subject),
        withoutUndeletable(untouched, subject),
        "the walk and its clean-up leave the appliance as they found it",
    );
}

/**
 * `snapshot` without the object of an undeletable subject (the walk's own name, which the API cannot remove)
 * and without the maps that leaves empty; any other snapshot as it is.
 */
function withoutUndeletable(snapshot: unknown, subject: PlannedResource): unknown {
    const name = subject.params.name;
    if (subject.model.extension.undeletable !== true || name === undefined) return snapshot;
    const pruned: unknown = JSON.parse(JSON.stringify(snapshot), (key, value: unknown) =>
        key === name ? undefined : value,
    );
    return JSON.parse(JSON.stringify(pruned), (key, value: unknown) =>
        key !== "" && typeof value === "object" && value !== null && Object.keys(value).length === 0
            ? undefined
            : value,
    );
}

/**
 * A request of the walk that the emulator had no route for (its log says `route: null`): the emulator does not
 * serve that object yet. Such a walk is reported as a TODO naming the path, and is walked as soon as the
 * emulator serves it; any other failure fails the case.
 */
function unservedRequest(): string | undefined {
    const request = provider.emulator.control.requests().find((entry) => entry.route === null);
    return request === undefined ? undefined : `${request.method} ${request.path}`;
}

describe("every resource of schema.json through the provider's handlers against one emulator", () => {
    for (const token of resourceTokens()) {
        const model = resourceModel(token);
        const skipped = walkExceptions[model.name];
        if (skipped !== undefined) {
            it(`${model.name} is left out of the walk: ${skipped}`, () => {
                assert.ok(loadSchema().resources[token], "the exception names a resource of schema.json");
            });
            continue;
        }
        it(`${model.name}: create → no change → replace on fixed properties → update → drift → adopt → delete`, async (t) => {
            provider.resetCounts();
            try {
                await walkResource(token);
            } catch (error) {
                const unserved = unservedRequest();
                if (unserved === undefined) {
                    throw error;
                }
                t.todo(`the emulator does not serve ${unserved} yet`);
            }
        });
    }
});
