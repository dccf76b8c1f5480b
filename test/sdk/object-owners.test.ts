import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";

import { claimObject } from "../../sdk/object-owners";

describe("one resource per appliance object", () => {
    it("refuses a second resource of one object, naming both and the object", () => {
        claimObject("Thing", "shop", ["shop"]);
        assert.throws(
            () => claimObject("Thing", "shop-again", ["shop"]),
            (error: unknown) =>
                pulumi.RunError.isInstance(error) &&
                (error as Error).message ===
                    'Thing "shop-again": this program already declares Thing "shop" for "shop" on the appliance; ' +
                        "two resources of one object would undo each other's changes on every pulumi up. Declare " +
                        "one Thing for it and pass it to every resource that needs it.",
        );
    });

    it("lets objects of one name live under different parents, and objects of different types share a name", () => {
        claimObject("Child", "a", ["one", "app"]);
        claimObject("Child", "b", ["two", "app"]);
        claimObject("OtherChild", "c", ["one", "app"]);
        assert.throws(() => claimObject("Child", "d", ["one", "app"]), /declares Child "a" for "one\/app"/);
    });

    it("refuses a second resource of a singleton", () => {
        claimObject("Settings", "on", []);
        assert.throws(
            () => claimObject("Settings", "off", []),
            /^Error: Settings "off": this program already declares Settings "on", and the appliance has only one;.* Declare one Settings and pass it/,
        );
    });
});
