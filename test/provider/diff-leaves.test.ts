import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
    compareProperties,
    inputNamesKey,
    managedWhenUnset,
    type Props,
    type WhenUnset,
} from "../../provider/engine/state";
import { resourceModel, type PropertyModel, type ResourceModel } from "../../provider/schema/model";
import { nest } from "../../provider/schema/nesting";
import { canChange, otherValue, resourceTokens, validValue } from "./schema-plan";

/**
 * A diff whose state names the inputs the program set looks only at the leaves given or named (a service has
 * some 200, a program sets a few). For every resource and several shapes of state and inputs, it must find
 * exactly what a walk over every leaf finds: the same changes, in the same order, with the same targets.
 */

/** The leaves a program can set and a diff compares, with a value for the state and another for the inputs. */
function settableLeaves(model: ResourceModel): PropertyModel[] {
    return model.leaves.filter(
        (leaf) =>
            leaf.isInput &&
            !leaf.extension.providerOnly &&
            leaf.extension.field !== undefined &&
            canChange(leaf),
    );
}

/** The same rule without the hint that it holds only the named inputs: the diff then walks every leaf. */
function walkingEveryLeaf(whenUnset: WhenUnset): WhenUnset {
    return (property) => whenUnset(property);
}

interface Case {
    readonly label: string;
    /** The input names the state records (a nested input's own name stands for each of its members). */
    readonly names: string[];
    /** The leaves the state holds a value of. */
    readonly held: PropertyModel[];
    /** The leaves the inputs give, each a value other than the state's. */
    readonly given: PropertyModel[];
}

function casesOf(leaves: PropertyModel[]): Case[] {
    const half = Math.ceil(leaves.length / 2);
    const holders = [
        ...new Set(leaves.filter((leaf) => leaf.name.includes(".")).map((leaf) => leaf.name.split(".")[0])),
    ];
    return [
        { label: "nothing named, nothing given", names: [], held: leaves, given: [] },
        {
            label: "every leaf named and held, none given",
            names: leaves.map((leaf) => leaf.name),
            held: leaves,
            given: [],
        },
        {
            label: "the first half named, the second given",
            names: leaves.slice(0, half).map((leaf) => leaf.name),
            held: leaves,
            given: leaves.slice(half),
        },
        {
            label: "every other leaf named, every third given",
            names: leaves.filter((_, index) => index % 2 === 0).map((leaf) => leaf.name),
            held: leaves.filter((_, index) => index % 2 === 0),
            given: leaves.filter((_, index) => index % 3 === 0),
        },
        {
            label: "nested inputs named by their own name, as older states name them",
            names: holders,
            held: leaves,
            given: leaves.filter((_, index) => index % 4 === 1),
        },
    ];
}

function propsOf(model: ResourceModel, values: ReadonlyArray<[PropertyModel, unknown]>): Props {
    return nest(model, Object.fromEntries(values.map(([leaf, value]) => [leaf.name, value])));
}

describe("a diff looks only at the leaves given or named, and finds what a walk over every leaf finds", () => {
    for (const token of resourceTokens()) {
        const model = resourceModel(token);
        const leaves = settableLeaves(model);
        if (leaves.length === 0) continue;
        it(model.name, () => {
            for (const { label, names, held, given } of casesOf(leaves)) {
                const stateValues = new Map(
                    held.map((leaf) => [leaf, validValue(leaf, `state-${leaf.name}`)]),
                );
                const olds = { ...propsOf(model, [...stateValues]), [inputNamesKey]: names };
                const news = propsOf(
                    model,
                    given.map((leaf) => [
                        leaf,
                        otherValue(leaf, stateValues.get(leaf) ?? validValue(leaf, "news")),
                    ]),
                );
                const whenUnset = managedWhenUnset(olds);
                assert.ok(whenUnset.onlyFor !== undefined, "a state that names its inputs holds only those");
                const found = compareProperties(model, olds, news, whenUnset);
                const walked = compareProperties(model, olds, news, walkingEveryLeaf(whenUnset));
                assert.deepEqual(found, walked, `${model.name}, ${label}`);
                if (given.length > 0) {
                    assert.ok(found.changed.length > 0, `${model.name}, ${label}: the given values differ`);
                }
            }
        });
    }
});
