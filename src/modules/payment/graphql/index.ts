// The payment module's part of the schema: admins read collections, sessions, payments, captures
// and refunds through the derived read model (Node types, root connections); storefronts list
// the providers to offer at checkout.
import "./providers.ts";
