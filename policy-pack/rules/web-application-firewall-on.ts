import { serviceFacts } from "../schema-facts";
import { serviceRule, staysOn } from "../service-rule";

/** The web application firewall inspects every service's traffic. */
export const webApplicationFirewallOn = serviceRule({
    name: "web-application-firewall-on",
    description:
        "The web application firewall inspects a service's traffic. With it disabled the appliance passes the " +
        "traffic on uninspected, as a plain load balancer, and none of the service's security settings apply.",
    enforcementLevel: "mandatory",
    exempt: "services that are meant to be plain load balancers",
    check: staysOn(
        serviceFacts.enableWebApplicationFirewall,
        "the appliance passes its traffic on uninspected",
    ),
});
