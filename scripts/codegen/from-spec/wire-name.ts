/** The wire name a property maps to when the overlay gives none: `ipAddress` → `ip-address`. */
export function kebab(name: string): string {
    return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
