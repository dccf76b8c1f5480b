import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { ApplianceClient, type ApplianceCalls } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { camelCase, nameObjects } from "../../scripts/import/naming";
import { planProgram } from "../../scripts/import/program-plan";
import { readAppliance, type ApplianceContent } from "../../scripts/import/read-appliance";
import { renderProgram } from "../../scripts/import/render-program";
import { writeProgram } from "../../scripts/import/project-files";
import { startProvider, withProvider, type StartedProvider } from "../provider/harness";
import { makeSampleSite, realSitePem } from "./sample-site";

/** The `new waf.Kind("name", { ... });` block of the resource named `name`, or undefined. */
function block(program: string, kind: string, name: string): string | undefined {
    const start = program.indexOf(`new waf.${kind}(${JSON.stringify(name)}, {`);
    if (start === -1) return undefined;
    return program.slice(start, program.indexOf("\n});", start) + 4);
}

/** Every `Kind("name"` the program declares, in order. */
function declared(program: string): string[] {
    return [...program.matchAll(/^(?:const \w+ = )?new waf\.(\w+)\("([^"]+)"/gm)].map(
        (m) => `${m[1]} ${m[2]}`,
    );
}

describe("barracudawaf-import, in process against an emulator holding real-site and websocket-app", () => {
    let provider: StartedProvider;
    let content: ApplianceContent;
    let program: string;
    let secrets: ReadonlyArray<{ key: string; what: string }>;
    const progress: string[] = [];
    let calls: Record<string, number>;

    before(async () => {
        provider = await startProvider();
        await makeSampleSite(provider);
        provider.resetCounts();
        const client = ApplianceClient.for(
            new ConnectionSettings({
                address: provider.emulator.url,
                username: provider.emulator.username,
                password: provider.emulator.password,
            }),
        );
        content = await readAppliance(client, (model, count) => progress.push(`${model.name} ${count}`));
        calls = provider.counts();
        ({ text: program, secrets } = renderProgram(planProgram(content), provider.emulator.url));
    });
    after(() => provider.stop());

    it("only reads: no POST, PUT or DELETE reaches the appliance, and every kind of object is reported once", () => {
        assert.deepEqual(
            Object.keys(calls).filter((route) => !route.startsWith("GET ")),
            [],
        );
        assert.ok(progress.includes("Service 2"), progress.join(", "));
        assert.ok(progress.includes("Server 3"), progress.join(", "));
        assert.equal(new Set(progress.map((line) => line.split(" ")[0])).size, progress.length);
        assert.deepEqual(content.unread, []);
    });

    it("reads a kind the services' list nests (URL policies) with one list of the services, not one per service", () => {
        assert.equal(calls["GET /services/{name}/url-policies"], undefined);
        assert.ok(progress.includes("UrlPolicy 1"), progress.join(", "));
        assert.ok(declared(program).includes("UrlPolicy login"), declared(program).join(", "));
    });

    it("writes one resource per object made, each with adopt: true, and leaves the factory ones out in a comment", () => {
        assert.deepEqual(declared(program).sort(), [
            "ContentRule api",
            "ContentRuleServer api-1",
            "NetworkInterface MGMT",
            "RateControlPool logins",
            "SecurityPolicy shop-policy",
            "SelfSignedCertificate chat-cert",
            "Server chat-1",
            "Server chat-2",
            "Server web-1",
            "Service chat",
            "Service shop",
            "ServiceSlowClientAttack shop/service-slow-client-attack",
            "SignedCertificate shop-cert",
            "SyslogServer logs",
            "SystemConfiguration system-configuration",
            "TrustedHost head-office",
            "TrustedHostGroup offices",
            "UrlPolicy login",
            "WebSocketPolicy chat-ws",
        ]);
        // All but the settings objects and the interface, which are taken over without it.
        assert.equal(program.match(/adopt: true,/g)?.length, 16);
        const leftOut =
            /\/\/ Left out: objects the appliance makes by itself, unchanged:\n((?:\/\/ .*\n)+)/.exec(
                program,
            );
        const factory = (leftOut?.[1] ?? "").replace(/\n\/\/ {3}/g, " ");
        for (const object of [
            'Vsite "default"',
            'ServiceGroup "default/default"',
            'NetworkInterface "WAN"',
            'NetworkInterface "LAN"',
            'ActionPolicy "shop-policy/no-url-profile-match"',
        ]) {
            assert.ok(factory.includes(object), `${object} in ${factory}`);
        }
        assert.ok(
            !factory.includes('NetworkInterface "MGMT"') && !factory.includes("ServiceSlowClient"),
            factory,
        );
    });

    it("takes over a service's settings and an item the appliance is made with by their place, without adopt", () => {
        assert.equal(
            block(program, "ServiceSlowClientAttack", "shop/service-slow-client-attack"),
            [
                'new waf.ServiceSlowClientAttack("shop/service-slow-client-attack", {',
                "    service: shop,",
                "    maxRequestTimeout: 90,",
                "});",
            ].join("\n"),
        );
        assert.equal(
            block(program, "NetworkInterface", "MGMT"),
            [
                'new waf.NetworkInterface("MGMT", {',
                '    duplexity: "Half Duplex",',
                '    name: "MGMT",',
                "});",
            ].join("\n"),
        );
    });

    it("sets only the values that differ from the appliance's defaults", () => {
        assert.equal(
            block(program, "SecurityPolicy", "shop-policy"),
            [
                'new waf.SecurityPolicy("shop-policy", {',
                '    name: "shop-policy",',
                '    urlProtection: { csrfPrevention: "Forms", maxContentLength: 1048576 },',
                "    adopt: true,",
                "});",
            ].join("\n"),
        );
        assert.equal(
            block(program, "Server", "web-1"),
            [
                'new waf.Server("web-1", {',
                "    service: shop,",
                '    name: "web-1",',
                '    ipAddress: "10.0.1.11",',
                "    port: 8080,",
                "    adopt: true,",
                "});",
            ].join("\n"),
        );
        assert.equal(
            block(program, "SystemConfiguration", "system-configuration"),
            'new waf.SystemConfiguration("system-configuration", {\n    showAdvancedSettings: true,\n});',
        );
    });

    it("gives references as the resources themselves where the SDK takes them, else as their names", () => {
        const shop = block(program, "Service", "shop") ?? "";
        assert.match(shop, /certificate: shopCert\.name,/); // a SignedCertificate where the type says SelfSigned
        assert.match(shop, /webFirewallPolicy: shopPolicy\.name, trustedHostsGroup: offices\.name/);
        assert.doesNotMatch(shop, /systemConfiguration/); // no WebSocket: no link of the rule chain
        const chat = block(program, "Service", "chat") ?? "";
        assert.match(chat, /certificate: chatCert,/);
        assert.match(chat, /^ {4}systemConfiguration,$/m);
        assert.match(
            block(program, "ContentRuleServer", "api-1") ?? "",
            /service: shop,\n {4}contentRule: api,/,
        );
        assert.match(block(program, "UrlPolicy", "login") ?? "", /rateControlPool: logins,/);
    });

    it("declares each variable before its first use", () => {
        for (const [, variable] of program.matchAll(/^const (\w+) = /gm)) {
            const declaredAt = program.indexOf(`const ${variable} = `);
            const uses = [...program.matchAll(new RegExp(`(?<![\\w."-])${variable}\\b(?! =)`, "g"))];
            assert.ok(uses.length > 0, `${variable} is used`);
            for (const use of uses)
                assert.ok(use.index > declaredAt, `${variable} is used after it is declared`);
        }
    });

    it("never writes a secret: one the appliance shows is read from config, and the tool says which key to set", () => {
        assert.match(
            block(program, "SyslogServer", "logs") ?? "",
            /password: config\.requireSecret\("logsPassword"\),/,
        );
        assert.ok(!program.includes("syslog-secret"));
        assert.deepEqual(secrets, [{ key: "logsPassword", what: 'SyslogServer "logs" password' }]);
        assert.match(program, /^const config = new pulumi\.Config\(\);$/m);
    });

    it("names in a comment what the appliance never shows (a certificate's PEM and key), and writes none of it", () => {
        const certificate = block(program, "SignedCertificate", "shop-cert") ?? "";
        assert.match(certificate, /\/\/ Left out: certificateType, signedCertificate, certificateKey,/);
        assert.match(certificate, /The appliance never shows them, and giving one replaces it\./);
        assert.doesNotMatch(certificate, /^ {4}(signedCertificate|certificateKey):/m);
        for (const file of ["shop.key", "shop.crt"]) {
            const pem = realSitePem(file).split("\n")[1] ?? "";
            assert.ok(pem.length > 40 && !program.includes(pem), file);
        }
    });

    it("with --only a service, holds that service, what lives in it and what it names, and nothing else", () => {
        const only = renderProgram(planProgram(content, ["shop"]), provider.emulator.url).text;
        assert.deepEqual(declared(only).sort(), [
            "ContentRule api",
            "ContentRuleServer api-1",
            "RateControlPool logins",
            "SecurityPolicy shop-policy",
            "Server web-1",
            "Service shop",
            "ServiceSlowClientAttack shop/service-slow-client-attack",
            "SignedCertificate shop-cert",
            "TrustedHost head-office",
            "TrustedHostGroup offices",
            "UrlPolicy login",
        ]);
        const chat = renderProgram(planProgram(content, ["Service:chat"]), provider.emulator.url).text;
        assert.deepEqual(declared(chat).sort(), [
            "SelfSignedCertificate chat-cert",
            "Server chat-1",
            "Server chat-2",
            "Service chat",
            "SystemConfiguration system-configuration",
            "WebSocketPolicy chat-ws",
        ]);
    });

    it("refuses an --only that names no object, naming the value and the forms it takes", () => {
        assert.throws(
            () => planProgram(content, ["nope"]),
            /--only nope: the appliance has no such object; give an object's ID .* or Kind:ID such as Service:shop/,
        );
    });

    it("writes an object whose values the provider would refuse as a comment with the reason", () => {
        const broken: ApplianceContent = {
            ...content,
            objects: content.objects.map((object) =>
                object.params.name === "web-1"
                    ? { ...object, values: { ...object.values, port: 70000 } }
                    : object,
            ),
        };
        const text = renderProgram(planProgram(broken), provider.emulator.url).text;
        assert.match(
            text,
            /^\/\/ Server "shop\/web-1" cannot be written as it is: port: .*70000.*\n\/\/ new waf\.Server\("web-1", \{$/m,
        );
        assert.ok(!declared(text).includes("Server web-1"));
    });
});

describe("barracudawaf-import when the appliance refuses to list one kind", () => {
    it("names that kind and the appliance's reason in a comment and in the content, and writes every other object", () =>
        withProvider(async (harness) => {
            await makeSampleSite(harness);
            harness.emulator.control.failNext("GET /security-policies", 1, {
                status: 500,
                body: { msg: "policy store busy" },
            });
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address: harness.emulator.url,
                    username: harness.emulator.username,
                    password: harness.emulator.password,
                }),
            );
            const read = await readAppliance(client);
            assert.deepEqual(
                read.unread.map((u) => `${u.model.name} ${u.where}`),
                ["SecurityPolicy /security-policies"],
            );
            const text = renderProgram(planProgram(read), harness.emulator.url).text;
            assert.match(
                text,
                /^\/\/ Not read: SecurityPolicy objects at \/security-policies: .*policy store busy/m,
            );
            assert.ok(!declared(text).includes("SecurityPolicy shop-policy"));
            assert.ok(declared(text).includes("Service shop"));
            // The name stays as read where its resource is not in the program.
            assert.match(text, /webFirewallPolicy: "shop-policy"/);
        }));
});

describe("barracudawaf-import when the list of the services that nests a kind is refused", () => {
    it("reads that kind with each service's own list instead", () =>
        withProvider(async (harness) => {
            await makeSampleSite(harness);
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address: harness.emulator.url,
                    username: harness.emulator.username,
                    password: harness.emulator.password,
                }),
            );
            // The emulator's faults go by route, which this list shares with the services' own list: ask it for
            // a group it does not know instead, which it refuses (400), as an appliance that nests no URL policies.
            const refusing: ApplianceCalls = {
                get: (path, query) =>
                    client.get(
                        path,
                        path === "/services" && query?.groups?.includes("URL Policy")
                            ? { ...query, groups: ["No Such Group"] }
                            : query,
                    ),
                post: (path, body) => client.post(path, body),
                put: (path, body) => client.put(path, body),
                delete: (path) => client.delete(path),
                exclusive: (task) => client.exclusive(task),
                maxRetries: client.maxRetries,
                writesSent: client.writesSent,
            };
            harness.resetCounts();
            const read = await readAppliance(refusing);
            assert.deepEqual(read.unread, []);
            assert.equal(harness.counts()["GET /services/{name}/url-policies"], 2, "each service's own list");
            const text = renderProgram(planProgram(read), harness.emulator.url).text;
            assert.ok(declared(text).includes("UrlPolicy login"));
        }));
});

describe("barracudawaf-import when the appliance refuses one service's settings", () => {
    it("names that settings kind, the service's path and the reason, and writes the other service's settings", () =>
        withProvider(async (harness) => {
            await makeSampleSite(harness);
            await harness.handlers.serviceSlowClientAttack.create({ service: "chat", maxRequestTimeout: 60 });
            // Services are read in the order made: chat, then shop; the first GET is chat's.
            harness.emulator.control.failNext("GET /services/{name}/slow-client-attack", 1, {
                status: 500,
                body: { msg: "settings store busy" },
            });
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address: harness.emulator.url,
                    username: harness.emulator.username,
                    password: harness.emulator.password,
                }),
            );
            const read = await readAppliance(client);
            assert.equal(read.unread.length, 1, JSON.stringify(read.unread.map((u) => u.where)));
            const [unread] = read.unread;
            assert.equal(unread.model.name, "ServiceSlowClientAttack");
            assert.match(unread.where, /^\/services\/(chat|shop)\/slow-client-attack$/);
            assert.match(unread.reason, /settings store busy/);
            const refused = unread.where.split("/")[2];
            const other = refused === "chat" ? "shop" : "chat";
            const text = renderProgram(planProgram(read), harness.emulator.url).text;
            assert.match(
                text,
                /^\/\/ Not read: ServiceSlowClientAttack objects at \/services\/\w+\/slow-client-attack: .*settings store busy/m,
            );
            const written = declared(text).filter((entry) => entry.startsWith("ServiceSlowClientAttack "));
            assert.deepEqual(written, [`ServiceSlowClientAttack ${other}/service-slow-client-attack`]);
            assert.ok(declared(text).includes("Service shop") && declared(text).includes("Service chat"));
        }));
});

describe("barracudawaf-import's output folder", () => {
    it("becomes a project when new, and gets appliance.ts beside an existing project's program; nothing is overwritten", () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), "import-out-"));
        try {
            const fresh = writeProgram(path.join(root, "fresh"), "// program\n");
            assert.deepEqual(
                fresh.files.map((file) => path.basename(file)),
                ["Pulumi.yaml", "package.json", "tsconfig.json", "index.ts"],
            );
            assert.equal(fresh.nextStep, undefined);
            assert.match(
                fs.readFileSync(path.join(root, "fresh", "Pulumi.yaml"), "utf8"),
                /^name: fresh\nruntime: nodejs\n/,
            );
            const manifest = JSON.parse(fs.readFileSync(path.join(root, "fresh", "package.json"), "utf8"));
            assert.ok(manifest.dependencies["pulumi-barracudawaf"]);
            assert.ok(manifest.dependencies["@pulumi/pulumi"]);

            const existing = writeProgram(path.join(root, "fresh"), "// more\n");
            assert.deepEqual(
                existing.files.map((file) => path.basename(file)),
                ["appliance.ts"],
            );
            assert.equal(existing.nextStep, 'add `import "./appliance";` to your program\'s index.ts');
            assert.equal(fs.readFileSync(path.join(root, "fresh", "index.ts"), "utf8"), "// program\n");

            assert.throws(
                () => writeProgram(path.join(root, "fresh"), "// again\n"),
                /appliance\.ts exists already: give --out a new folder, or move that file away \(nothing was written\)/,
            );
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});

describe("barracudawaf-import's names", () => {
    it("are camelCase identifiers from the objects' names", () => {
        assert.equal(camelCase("shop-cert"), "shopCert");
        assert.equal(camelCase("API v2_beta"), "apiV2Beta");
        assert.equal(camelCase("web-1"), "web1");
    });

    it("stay valid and unique: digits first, reserved words, and the same name under two parents", () => {
        const service = {
            token: "barracudawaf:index:Server",
            name: "Server",
            extension: { object: "services/{service}/servers/{name}" },
        };
        const objects = [
            { model: service, params: { service: "shop", name: "web" }, values: {} },
            { model: service, params: { service: "chat", name: "web" }, values: {} },
            { model: service, params: { service: "chat", name: "1st" }, values: {} },
            { model: service, params: { service: "chat", name: "default" }, values: {} },
        ] as unknown as Parameters<typeof nameObjects>[0];
        const names = [...nameObjects(objects).values()];
        assert.deepEqual(
            names.map((n) => n.variable),
            ["shopWeb", "chatWeb", "server1st", "defaultServer"],
        );
        assert.deepEqual(
            names.map((n) => n.resourceName),
            ["web", "chat/web", "1st", "default"],
        );
    });
});
