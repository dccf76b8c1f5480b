import { advancedConfigurationModel } from "../model/advanced-configuration";
import { basicSecurityModel } from "../model/basic-security";
import { loadBalancingModel } from "../model/load-balancing";
import type { Handler } from "./handler";
import { createServer, deleteServer, getServer, listServers, updateServer } from "./servers";
import { serviceGroupHandlers } from "./service-groups";
import { createService, deleteService, getService, listServices, updateService } from "./services";
import { login, logout } from "./session";
import { getAdvancedSettings, getSystem, updateAdvancedSettings } from "./system";

const advancedConfiguration = serviceGroupHandlers(advancedConfigurationModel, "advancedConfiguration");
const basicSecurity = serviceGroupHandlers(basicSecurityModel, "basicSecurity");
const loadBalancing = serviceGroupHandlers(loadBalancingModel, "loadBalancing");

/** The handler of every route key the emulator serves. */
export const handlers: Readonly<Record<string, Handler>> = {
    "POST /login": login,
    "DELETE /logout": logout,
    "GET /services": listServices,
    "POST /services": createService,
    "GET /services/{name}": getService,
    "PUT /services/{name}": updateService,
    "DELETE /services/{name}": deleteService,
    "GET /services/{name}/advanced-configuration": advancedConfiguration.get,
    "PUT /services/{name}/advanced-configuration": advancedConfiguration.put,
    "GET /services/{name}/basic-security": basicSecurity.get,
    "PUT /services/{name}/basic-security": basicSecurity.put,
    "GET /services/{name}/load-balancing": loadBalancing.get,
    "PUT /services/{name}/load-balancing": loadBalancing.put,
    "GET /services/{name}/servers": listServers,
    "POST /services/{name}/servers": createServer,
    "GET /services/{name}/servers/{server}": getServer,
    "PUT /services/{name}/servers/{server}": updateServer,
    "DELETE /services/{name}/servers/{server}": deleteServer,
    "GET /system": getSystem,
    "GET /system/advanced-settings": getAdvancedSettings,
    "PUT /system/advanced-settings": updateAdvancedSettings,
};
