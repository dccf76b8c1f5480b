import { inputText } from "../input-text";
import { inputValue, serviceFacts } from "../schema-facts";
import { serviceRule } from "../service-rule";

/** A TLS service does not switch on the protocol versions with known attacks. */
export const noLegacyTls = serviceRule({
    name: "no-legacy-tls",
    description:
        "A service that terminates TLS does not enable TLS 1.0 or 1.1 in its SSL Security: both have known attacks " +
        "(BEAST, weak hashes), and browsers no longer use them.",
    enforcementLevel: "advisory",
    exempt: "services whose clients cannot speak TLS 1.2, e.g. an old embedded device",
    check: (props) => {
        const type = String(inputValue(props, serviceFacts.serviceType));
        if (!serviceFacts.tlsTypes.includes(type)) return undefined;
        const enabled = serviceFacts.legacyTls.filter(({ property }) => inputValue(props, property) === true);
        if (enabled.length === 0) return undefined;
        return {
            problem: `(${type}) enables ${enabled.map(({ version }) => version).join(" and ")}: protocol versions with known attacks`,
            fix: `Set ${enabled.map(({ property }) => inputText(property, false)).join(" and ")}`,
        };
    },
});
