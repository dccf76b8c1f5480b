import type { Policy } from "@pulumi/policy";
import { accessLogsOn } from "./rules/access-logs-on";
import { certificateExpiring } from "./rules/certificate-expiring";
import { httpsCertificateKnown } from "./rules/https-certificate-known";
import { serviceActiveMode } from "./rules/service-active-mode";
import { noLegacyTls } from "./rules/no-legacy-tls";
import { urlAclAllowsEverything } from "./rules/url-acl-allows-everything";
import { webApplicationFirewallOn } from "./rules/web-application-firewall-on";
import { webSocketOriginPolicy } from "./rules/websocket-origin-policy";

/** Every rule of the pack, in the order the README lists them. */
export const policies: readonly Policy[] = [
    serviceActiveMode,
    webApplicationFirewallOn,
    accessLogsOn,
    webSocketOriginPolicy,
    httpsCertificateKnown,
    certificateExpiring,
    noLegacyTls,
    urlAclAllowsEverything,
];
