/** A second service of the hello module, resolvable inside the module as `customService`. */
export class CustomService {
  greet(name: string): string {
    return `Hello, ${name}!`;
  }
}
