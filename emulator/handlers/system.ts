import { advancedSettingsModel } from "../model/advanced-settings";
import { systemModel } from "../model/system";
import { updateRecord, validateBody } from "../validation";
import { narrow, requestedGroups, requestedParameters } from "../wire-view";
import type { Handler } from "./handler";

/**
 * `GET /system`: the system is a single object, so its answer is keyed by group rather than by name:
 * `{"object": "System", "data": {"System": {...}, "Advanced Settings": {...}}}`. Without `?groups=` only
 * the `System` group; `?parameters=` narrows every requested group to the listed fields it has.
 */
export const getSystem: Handler = (request, { store }) => {
    const models = { System: systemModel, "Advanced Settings": advancedSettingsModel };
    const groups = requestedGroups(request.query, Object.keys(models), ["System"]);
    const parameters = requestedParameters(
        request.query,
        groups.map((group) => models[group as keyof typeof models]),
    );
    const { system, advancedSettings } = store.state.system;
    const data: Record<string, unknown> = {};
    for (const group of groups) {
        data[group] = narrow(group === "System" ? system : advancedSettings, parameters);
    }
    return { status: 200, body: { object: "System", data } };
};

/** `GET /system/advanced-settings`: the same shape as `GET /system?groups=Advanced Settings`. */
export const getAdvancedSettings: Handler = (request, { store }) => {
    const parameters = requestedParameters(request.query, [advancedSettingsModel]);
    const fields = narrow(store.state.system.advancedSettings, parameters);
    return { status: 200, body: { object: "System", data: { "Advanced Settings": fields } } };
};

/** `PUT /system/advanced-settings`: `request-buffer-size` is required, as the spec says. */
export const updateAdvancedSettings: Handler = (request, { store }) =>
    store.change((state) => {
        const given = validateBody(advancedSettingsModel, request.body, "update");
        state.system.advancedSettings = updateRecord(
            advancedSettingsModel,
            state.system.advancedSettings,
            given,
        );
        return { status: 200, body: { msg: "Successfully updated." } };
    });
