import { advancedConfigurationModel } from "./model/advanced-configuration";
import { basicSecurityModel } from "./model/basic-security";
import { loadBalancingModel } from "./model/load-balancing";
import { websocketMessageSecurityModel } from "./model/websocket-message-security";
import { websocketOriginProtectionModel } from "./model/websocket-origin-protection";
import { websocketProtocolSecurityModel } from "./model/websocket-protocol-security";
import type { Handler } from "./handlers/handler";
import { createServer, deleteServer, getServer, listServers, updateServer } from "./handlers/servers";
import { serviceGroupHandlers } from "./handlers/service-groups";
import { createService, deleteService, getService, listServices, updateService } from "./handlers/services";
import { certificates } from "./handlers/certificates";
import { sslSecurity } from "./handlers/ssl-security";
import { login, logout } from "./handlers/session";
import { serviceGroups, vsites } from "./handlers/vsites";
import { getAdvancedSettings, getSystem, updateAdvancedSettings, updateSystem } from "./handlers/system";
import {
    createWebSocketPolicy,
    deleteWebSocketPolicy,
    getWebSocketPolicy,
    listWebSocketPolicies,
    updateWebSocketPolicy,
} from "./handlers/websocket-policies";
import { websocketPolicyGroupHandlers } from "./handlers/websocket-policy-groups";

/** The HTTP methods the appliance's API uses. */
export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One route: a method, a path template without the `/restapi/v3.2` prefix (`{x}` is a parameter) and its handler. */
export interface Route {
    readonly method: Method;
    readonly template: string;
    readonly handler: Handler;
}

const advancedConfiguration = serviceGroupHandlers(advancedConfigurationModel, "advancedConfiguration");
const basicSecurity = serviceGroupHandlers(basicSecurityModel, "basicSecurity");
const loadBalancing = serviceGroupHandlers(loadBalancingModel, "loadBalancing");
const messageSecurity = websocketPolicyGroupHandlers(websocketMessageSecurityModel, "messageSecurity");
const originProtection = websocketPolicyGroupHandlers(websocketOriginProtectionModel, "originProtection");
const protocolSecurity = websocketPolicyGroupHandlers(websocketProtocolSecurityModel, "protocolSecurity");

/**
 * Every route the emulator serves, the one place they are declared: matching, 405s, route keys in the log
 * and `failNext` are all derived from it (see `router.ts`).
 */
export const routes: readonly Route[] = [
    { method: "POST", template: "/login", handler: login },
    { method: "DELETE", template: "/logout", handler: logout },
    { method: "GET", template: "/services", handler: listServices },
    { method: "POST", template: "/services", handler: createService },
    { method: "GET", template: "/services/{name}", handler: getService },
    { method: "PUT", template: "/services/{name}", handler: updateService },
    { method: "DELETE", template: "/services/{name}", handler: deleteService },
    {
        method: "GET",
        template: "/services/{name}/advanced-configuration",
        handler: advancedConfiguration.get,
    },
    {
        method: "PUT",
        template: "/services/{name}/advanced-configuration",
        handler: advancedConfiguration.put,
    },
    { method: "GET", template: "/services/{name}/basic-security", handler: basicSecurity.get },
    { method: "PUT", template: "/services/{name}/basic-security", handler: basicSecurity.put },
    { method: "GET", template: "/services/{name}/ssl-security", handler: sslSecurity.get },
    { method: "PUT", template: "/services/{name}/ssl-security", handler: sslSecurity.put },
    { method: "GET", template: "/services/{name}/load-balancing", handler: loadBalancing.get },
    { method: "PUT", template: "/services/{name}/load-balancing", handler: loadBalancing.put },
    { method: "GET", template: "/services/{name}/servers", handler: listServers },
    { method: "POST", template: "/services/{name}/servers", handler: createServer },
    { method: "GET", template: "/services/{name}/servers/{server}", handler: getServer },
    { method: "PUT", template: "/services/{name}/servers/{server}", handler: updateServer },
    { method: "DELETE", template: "/services/{name}/servers/{server}", handler: deleteServer },
    { method: "GET", template: "/services/{name}/websocket-policies", handler: listWebSocketPolicies },
    { method: "POST", template: "/services/{name}/websocket-policies", handler: createWebSocketPolicy },
    {
        method: "GET",
        template: "/services/{name}/websocket-policies/{policy}",
        handler: getWebSocketPolicy,
    },
    {
        method: "PUT",
        template: "/services/{name}/websocket-policies/{policy}",
        handler: updateWebSocketPolicy,
    },
    {
        method: "DELETE",
        template: "/services/{name}/websocket-policies/{policy}",
        handler: deleteWebSocketPolicy,
    },
    {
        method: "GET",
        template: "/services/{name}/websocket-policies/{policy}/message-security",
        handler: messageSecurity.get,
    },
    {
        method: "PUT",
        template: "/services/{name}/websocket-policies/{policy}/message-security",
        handler: messageSecurity.put,
    },
    {
        method: "GET",
        template: "/services/{name}/websocket-policies/{policy}/origin-protection",
        handler: originProtection.get,
    },
    {
        method: "PUT",
        template: "/services/{name}/websocket-policies/{policy}/origin-protection",
        handler: originProtection.put,
    },
    {
        method: "GET",
        template: "/services/{name}/websocket-policies/{policy}/protocol-security",
        handler: protocolSecurity.get,
    },
    {
        method: "PUT",
        template: "/services/{name}/websocket-policies/{policy}/protocol-security",
        handler: protocolSecurity.put,
    },
    { method: "GET", template: "/system", handler: getSystem },
    { method: "PUT", template: "/system", handler: updateSystem },
    { method: "GET", template: "/system/advanced-settings", handler: getAdvancedSettings },
    { method: "PUT", template: "/system/advanced-settings", handler: updateAdvancedSettings },
    { method: "GET", template: "/vsites", handler: vsites.list },
    { method: "POST", template: "/vsites", handler: vsites.create },
    { method: "GET", template: "/vsites/{vsite}", handler: vsites.get },
    { method: "PUT", template: "/vsites/{vsite}", handler: vsites.update },
    { method: "DELETE", template: "/vsites/{vsite}", handler: vsites.remove },
    { method: "GET", template: "/vsites/{vsite}/service-groups", handler: serviceGroups.list },
    { method: "POST", template: "/vsites/{vsite}/service-groups", handler: serviceGroups.create },
    { method: "GET", template: "/vsites/{vsite}/service-groups/{group}", handler: serviceGroups.get },
    { method: "PUT", template: "/vsites/{vsite}/service-groups/{group}", handler: serviceGroups.update },
    { method: "DELETE", template: "/vsites/{vsite}/service-groups/{group}", handler: serviceGroups.remove },
    { method: "GET", template: "/certificates/self-signed-certificate", handler: certificates.list },
    { method: "POST", template: "/certificates/self-signed-certificate", handler: certificates.create },
    {
        method: "GET",
        template: "/certificates/self-signed-certificate/{certificate}",
        handler: certificates.get,
    },
    {
        method: "PUT",
        template: "/certificates/self-signed-certificate/{certificate}",
        handler: certificates.update,
    },
    {
        method: "DELETE",
        template: "/certificates/self-signed-certificate/{certificate}",
        handler: certificates.remove,
    },
];
