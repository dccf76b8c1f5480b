import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/repo";
import type { ApiObject, Field, ObjectKind } from "../../scripts/spec/model";
import { loadSpec, VENDOR_DIR } from "../../scripts/spec/normalize";
import { countRawQuirks } from "./raw-quirks";

const spec = loadSpec();
const raw = countRawQuirks(VENDOR_DIR);

function object(id: string): ApiObject {
    const found = spec.objects.find((candidate) => candidate.id === id);
    assert.ok(found, `no object ${id}`);
    return found;
}

function putField(id: string, wireName: string): Field {
    const put = object(id).operations.find(
        (operation) => operation.method === "put" && !operation.alternative,
    );
    const field = put?.body?.fields.find((candidate) => candidate.wireName === wireName);
    assert.ok(field, `no PUT field ${wireName} on ${id}`);
    return field;
}

// Each body once: operations that name the same definition share one Body.
const bodies = new Set(
    spec.objects.flatMap((o) => o.operations.flatMap((operation) => operation.body ?? [])),
);
const allFields = [...bodies].flatMap((body) => body.fields);

describe("the vendor's quirks", () => {
    it("are found in the raw files in the numbers the README gives", () => {
        assert.deepEqual(raw, {
            pathKeysTrimmed: 385,
            integerEmptyDefaults: 805,
            stringMaximumsAsMaxLength: 430,
            maxmiumTypos: 353,
            arraysDeclaredAsStrings: 253,
            emptyEnumReferences: 40,
            modelSpecificMaximums: 2,
        });
    });

    it("are each fixed by the normalizer as many times as they occur", () => {
        assert.deepEqual(spec.fixes, raw);
    });

    it("leave nothing in raw form in the model", () => {
        const text = JSON.stringify(spec.objects);
        assert.ok(!text.includes("maxmium"), "a maxmium is left");
        assert.ok(!text.includes("model_specific"), "a maximum given as an object is left");
        for (const operation of spec.objects.flatMap((o) => o.operations)) {
            assert.equal(operation.path, operation.path.trim());
            assert.doesNotMatch(
                operation.path,
                /\{[^}]*[ /][^}]*\}/,
                `a display name is left in ${operation.path}`,
            );
        }
        for (const field of allFields) {
            const where = field.wireName;
            if (field.type === "integer")
                assert.notEqual(field.default, "", `${where}: "" default on an integer`);
            if (field.type !== "integer")
                assert.equal(field.maximum, undefined, `${where}: maximum on a ${field.type}`);
            assert.notDeepEqual(field.values, [""], `${where}: enum [""] left`);
            if (field.type === "enum")
                assert.ok((field.values ?? []).length > 0, `${where}: an enum without values`);
        }
    });

    it("turn every field into a string, an integer, an enum or a list of strings", () => {
        const types = new Set(allFields.map((field) => field.type));
        assert.deepEqual([...types].sort(), ["enum", "integer", "string", "stringList"]);
    });

    it("declare a service's certificate as a reference to a certificate, not an enum", () => {
        const certificate = putField("services", "certificate");
        assert.equal(certificate.type, "string");
        assert.equal(certificate.values, undefined);
        assert.deepEqual(certificate.reference?.candidates, [
            "certificates/signed-certificate",
            "certificates/self-signed-certificate",
        ]);
        for (const id of certificate.reference?.candidates ?? []) assert.equal(object(id).kind, "collection");
    });

    it("name the objects a reference may point to where its wire name tells, and no others", () => {
        const references = allFields.filter((field) => field.reference !== undefined);
        // 40 in the files: the rest are in the superseded file and in POST bodies no operation uses.
        assert.equal(references.length, 24);
        const unknown = new Set(
            references.filter((f) => f.reference?.candidates.length === 0).map((f) => f.wireName),
        );
        assert.deepEqual([...unknown].sort(), [
            "groups",
            "krb-authorization-policy",
            "secondary-authentication-service",
        ]);
        for (const target of new Set(references.flatMap((field) => field.reference?.candidates ?? []))) {
            assert.equal(object(target).kind, "collection", `${target} is not a collection`);
        }
    });

    it("turn a string maximum into maxLength and an integer's maxmium into maximum", () => {
        const name = object("services")
            .operations.find((operation) => operation.method === "post" && !operation.alternative)
            ?.body?.fields.find((field) => field.wireName === "name");
        assert.equal(name?.maxLength, 64);
        assert.equal(name?.required, true);
        const port = putField("services", "port");
        assert.deepEqual(
            [port.type, port.minimum, port.maximum, port.default],
            ["integer", 1, 65535, undefined],
        );
    });

    it("keep the model-specific maximum of max-cache-size by name, and a numeric-string maximum as a number", () => {
        const maxCacheSize = putField("system/advanced-settings", "max-cache-size");
        assert.equal(maxCacheSize.modelSpecificMaximum, "max_cache_size");
        assert.equal(maxCacheSize.maximum, undefined);
        assert.equal(putField("system/advanced-settings", "http2-max-concurrent-streams").maximum, 100);
    });

    it("turn an array declared as a string into a list of strings", () => {
        assert.equal(putField("services", "secure-site-domain").type, "stringList");
    });

    it("keep PUT /system/advanced-settings's required request-buffer-size as the vendor says", () => {
        assert.equal(putField("system/advanced-settings", "request-buffer-size").required, true);
    });
});

describe("paths and their parameters", () => {
    it("trim stray spaces and merge a path's methods into one object", () => {
        const services = object("services");
        assert.equal(services.path, "/services");
        assert.equal(services.itemPath, "/services/{serviceName}");
        const methods = services.operations.filter((o) => !o.alternative).map((o) => `${o.method} ${o.path}`);
        assert.deepEqual(methods.sort(), [
            "delete /services/{serviceName}",
            "get /services",
            "get /services/{serviceName}",
            "post /services",
            "put /services/{serviceName}",
        ]);
    });

    it("name a level's parameter the same whatever display name the vendor gives it", () => {
        assert.equal(object("services/servers").itemPath, "/services/{serviceName}/servers/{serverName}");
        assert.equal(
            object("services/servers/ssl-policy").path,
            "/services/{serviceName}/servers/{serverName}/ssl-policy",
        );
        const params = object("services/servers/ssl-policy").operations[0].pathParameters;
        assert.deepEqual(params, [
            { name: "serviceName", vendorName: "Web Application Name" },
            { name: "serverName", vendorName: "Web Server Name" },
        ]);
    });

    it("give two parameters of one display name in one path two names, and a slash inside a name one segment", () => {
        assert.equal(
            object("services/client-side-protection/sub-resource-integrity").itemPath,
            "/services/{serviceName}/client-side-protection/{clientSideProtectionName}/sub-resource-integrity/{subResourceIntegrityName}",
        );
        assert.equal(object("static-routes").itemPath, "/static-routes/{staticRouteName}");
        for (const operation of spec.objects.flatMap((o) => o.operations)) {
            const names = operation.pathParameters.map((parameter) => parameter.name);
            assert.equal(new Set(names).size, names.length, `${operation.path} repeats a parameter name`);
        }
    });

    it("list the services' groups query values, the sub-objects' display names", () => {
        const get = object("services").operations.find((o) => o.method === "get" && o.path === "/services");
        const groups = get?.query.find((parameter) => parameter.name === "groups");
        assert.equal(groups?.type, "stringList");
        assert.ok(groups?.values?.includes("Advanced Configuration"));
    });
});

describe("files", () => {
    it("report the two files without paths instead of dropping them silently", () => {
        assert.deepEqual(spec.filesWithoutPaths, ["Rule_Group_Server_redirect.json", "Server_redirect.json"]);
    });

    it("keep Sub_Resource_Integrity.json and leave out its v3.0 twin Sub_Resource_Intergrity.json", () => {
        assert.deepEqual(
            spec.supersededFiles.map((entry) => [entry.file, entry.keptFile]),
            [["Sub_Resource_Intergrity.json", "Sub_Resource_Integrity.json"]],
        );
        const files = new Set(spec.objects.flatMap((o) => o.files));
        assert.ok(files.has("Sub_Resource_Integrity.json"));
        assert.ok(!files.has("Sub_Resource_Intergrity.json"));
        assert.ok(!spec.objects.some((o) => o.id.includes("supply-chain-rules")));
    });

    it("place every other file's operations in an object", () => {
        const files = new Set(spec.objects.flatMap((o) => o.files));
        assert.equal(files.size, 220 - 2 - 1);
    });
});

describe("classification", () => {
    const count = (kind: ObjectKind): number => spec.objects.filter((o) => o.kind === kind).length;

    it("finds 97 collections, 91 sub-objects, 3 fixed collections, 31 actions and 4 irregular objects", () => {
        assert.deepEqual(
            { collection: 97, subObject: 91, fixedCollection: 3, action: 31, irregular: 4 },
            {
                collection: count("collection"),
                subObject: count("subObject"),
                fixedCollection: count("fixedCollection"),
                action: count("action"),
                irregular: count("irregular"),
            },
        );
    });

    it("makes services a collection with its sub-objects as children", () => {
        const services = object("services");
        assert.equal(services.kind, "collection");
        for (const child of ["advanced-configuration", "basic-security", "ssl-security", "load-balancing"]) {
            const sub = object(`services/${child}`);
            assert.equal(sub.kind, "subObject", child);
            assert.equal(sub.parent, "services", child);
            assert.equal(sub.path, `/services/{serviceName}/${child}`);
            assert.ok(services.children.includes(sub.id), child);
        }
        assert.equal(object("services/servers").kind, "collection");
        assert.equal(object("services/servers").parent, "services");
    });

    it("makes system/advanced-settings a GET/PUT object whose enable-advanced-settings is Yes or No", () => {
        const settings = object("system/advanced-settings");
        assert.equal(settings.kind, "subObject");
        assert.equal(settings.parent, "system");
        assert.deepEqual([...new Set(settings.operations.map((o) => o.method))].sort(), ["get", "put"]);
        const field = putField("system/advanced-settings", "enable-advanced-settings");
        assert.deepEqual([field.type, field.values], ["enum", ["Yes", "No"]]);
        assert.deepEqual(putField("services/advanced-configuration", "enable-websocket").values, [
            "Yes",
            "No",
        ]);
    });

    it("makes login, logout, logs, statistics, backups, updates and ops actions", () => {
        for (const id of [
            "login",
            "logout",
            "logs/access-logs",
            "web-firewall-logs",
            "stats/system-stats",
            "backup",
            "backup/restore-backup",
            "energize-updates/apply-update",
            "ops/export-configuration",
            "ops/import-configuration",
        ]) {
            assert.equal(object(id).kind, "action", id);
        }
    });

    it("reports what fits no shape, with what the spec has", () => {
        const irregular = spec.objects
            .filter((o) => o.kind === "irregular")
            .map((o) => `${o.id}: ${o.reason}`);
        assert.deepEqual(irregular, [
            "samlsp-rba-identity-providers: GET/POST/PUT on the path, no item path",
            "samlsp-service: GET/POST on the path, item GET/PUT",
            "services/ftp-security: GET/POST/PUT on the path, no item path",
            "system/trusted-management-certificate: PUT on the path, no item path",
        ]);
    });

    it("keeps cloud_multi_ip.json's ways to create a service as alternatives after Service.json's own", () => {
        const posts = object("services").operations.filter((o) => o.method === "post");
        assert.deepEqual(
            posts.map((o) => [o.file, o.alternative]),
            [
                ["Service.json", false],
                ["cloud_multi_ip.json", true],
                ["cloud_multi_ip.json", true],
                ["cloud_multi_ip.json", true],
            ],
        );
    });
});

describe("the model's size and the package", () => {
    it("holds 3007 body fields in 296 bodies that operations use", () => {
        assert.deepEqual([bodies.size, allFields.length], [296, 3007]);
    });

    it("does not ship spec/ in the npm package: nothing needs it at run time", () => {
        const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
            files: string[];
        };
        assert.ok(!manifest.files.some((entry) => entry.replace(/^!/, "").startsWith("spec")));
    });
});
