import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { loadSchema, packageRoot } from "../../provider/schema/load";
import { resourceModel } from "../../provider/schema/model";
import { pulumiCliDirectory } from "../../scripts/lib/pulumi-project";

interface CheckOutcome {
    readonly code: number;
    readonly output: string;
}

/** Runs `pulumi schema check <file>` with the project's CLI, bounded in time. */
function schemaCheck(file: string): Promise<CheckOutcome> {
    const pulumi = path.join(pulumiCliDirectory(), "pulumi");
    return new Promise((resolve) => {
        execFile(
            pulumi,
            ["schema", "check", file, "--non-interactive"],
            {
                timeout: 60_000,
                env: {
                    ...process.env,
                    PULUMI_SKIP_UPDATE_CHECK: "true",
                    NO_COLOR: "1",
                    PULUMI_HOME: scratch,
                },
            },
            (error, stdout, stderr) => {
                const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
                resolve({ code, output: stdout + stderr });
            },
        );
    });
}

let scratch: string;
const schemaFile = path.join(packageRoot(), "schema.json");

describe("schema.json", () => {
    before(() => {
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), "barracudawaf-schema-"));
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it("passes Pulumi's own schema check, extensions included", async () => {
        const outcome = await schemaCheck(schemaFile);
        assert.equal(outcome.code, 0, outcome.output);
    });

    it("fails Pulumi's schema check when a property's type is broken", async () => {
        const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
        schema.resources["barracudawaf:index:Service"].inputProperties.port.type = "integr";
        const broken = path.join(scratch, "broken.json");
        fs.writeFileSync(broken, JSON.stringify(schema));
        const outcome = await schemaCheck(broken);
        assert.notEqual(outcome.code, 0);
        assert.match(outcome.output, /inputProperties\/port/);
    });

    it("fails Pulumi's schema check when a reference points at a missing type", async () => {
        const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
        schema.resources["barracudawaf:index:Service"].inputProperties.type.$ref =
            "#/types/barracudawaf:index:Nope";
        const broken = path.join(scratch, "dangling.json");
        fs.writeFileSync(broken, JSON.stringify(schema));
        const outcome = await schemaCheck(broken);
        assert.notEqual(outcome.code, 0);
        assert.match(outcome.output, /Nope/);
    });

    it("declares exactly the provider's configuration keys, with the password secret", () => {
        const variables = loadSchema().config?.variables ?? {};
        assert.deepEqual(Object.keys(variables).sort(), [
            "address",
            "adoptExisting",
            "caCertificate",
            "insecure",
            "maxRetries",
            "password",
            "timeoutSeconds",
            "username",
        ]);
        assert.equal(variables.password.secret, true);
    });

    it("gives every resource property a full-sentence description and, unless provider-only, a parent or the name of a fixed item, a wire field", () => {
        for (const token of Object.keys(loadSchema().resources)) {
            for (const property of resourceModel(token).properties) {
                assert.match(
                    property.description,
                    /^[A-Z`].{20,}\.$/s,
                    `${token}.${property.name} description`,
                );
                if (property.extension.parent !== undefined) {
                    assert.ok(
                        resourceModel(token).extension.object.includes(`{${property.extension.parent}}`),
                        `${token}.${property.name} fills a placeholder of the path`,
                    );
                } else if (property.kind === "object") {
                    for (const member of property.members ?? []) {
                        assert.ok(member.extension.field, `${token}.${member.name} has a field`);
                        assert.equal(member.extension.object, property.extension.object, member.name);
                        assert.match(
                            member.description,
                            /^[A-Z`].{20,}\.$/s,
                            `${token}.${member.name} description`,
                        );
                    }
                } else if (property.extension.itemName) {
                    // A fixed collection's item is named by its path alone: no field of its body holds it.
                    assert.ok(
                        resourceModel(token).extension.object.endsWith("/{name}") &&
                            resourceModel(token).extension.factoryItems !== undefined,
                        `${token}.${property.name} names an item of a fixed collection`,
                    );
                } else if (!property.extension.providerOnly) {
                    assert.ok(property.extension.field, `${token}.${property.name} has a field`);
                    assert.ok(property.extension.object, `${token}.${property.name} has an object`);
                }
            }
        }
    });

    it("maps each appliance field of an object to exactly one property", () => {
        for (const token of Object.keys(loadSchema().resources)) {
            const model = resourceModel(token);
            for (const object of model.objects) {
                const fields = model.fieldsOf(object).map((property) => property.extension.field);
                assert.equal(new Set(fields).size, fields.length, `${token} ${object}`);
            }
        }
    });

    it("marks exactly name, type, addressVersion, vsite and group of a service as replacing it", () => {
        // The appliance cannot change a service's type in place (the appliance facts): it replaces too.
        assert.deepEqual([...resourceModel("barracudawaf:index:Service").replaceOnChanges].sort(), [
            "addressVersion",
            "group",
            "name",
            "type",
            "vsite",
        ]);
        assert.deepEqual(resourceModel("barracudawaf:index:SystemConfiguration").replaceOnChanges, []);
    });

    it("says what removing every optional, non-text service property does", () => {
        for (const property of resourceModel("barracudawaf:index:Service").leaves) {
            const x = property.extension;
            // Text and lists go back to empty.
            const empties = property.kind === "string" || property.kind === "list";
            if (!property.requiredInput && !x.providerOnly && !x.computed && !empties) {
                // Back to its default; or, where the spec gives none, said to stay as the appliance has it.
                assert.ok(
                    property.default !== undefined ||
                        /removing it leaves the appliance's value as it is/.test(property.description),
                    `${property.name} has a default or says what removing it does`,
                );
            }
        }
    });

    it("says that a SystemConfiguration holds the properties a program leaves out at their takeover values", () => {
        const resource = loadSchema().resources["barracudawaf:index:SystemConfiguration"];
        assert.doesNotMatch(resource.description ?? "", /not managed/);
        assert.match(resource.description ?? "", /keeps the value found at takeover/);
        for (const property of resourceModel("barracudawaf:index:SystemConfiguration").inputs) {
            assert.doesNotMatch(property.description, /as it found it/, property.name);
            assert.match(
                property.description,
                /When omitted, the provider holds it at the value it found at takeover/,
                property.name,
            );
        }
    });

    it("declares the WebSocket field on the service's advanced configuration", () => {
        const webSocket = resourceModel("barracudawaf:index:Service").property("enableWebSocket");
        assert.deepEqual(webSocket?.extension, {
            field: "enable-websocket",
            object: "services/{name}/advanced-configuration",
        });
        assert.equal(webSocket?.kind, "boolean");
    });
});
