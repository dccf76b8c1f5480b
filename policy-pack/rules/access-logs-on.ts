import { serviceFacts } from "../schema-facts";
import { serviceRule, staysOn } from "../service-rule";

/** Every service keeps its access logs, the record of who sent what. */
export const accessLogsOn = serviceRule({
    name: "access-logs-on",
    description:
        "A service writes an access log entry for each request. Without access logs an attack, or a request the " +
        "firewall blocked by mistake, cannot be traced afterwards.",
    enforcementLevel: "advisory",
    exempt: "services whose requests need no record, e.g. a health-check endpoint",
    check: staysOn(serviceFacts.enableAccessLogs, "its requests leave no record"),
});
