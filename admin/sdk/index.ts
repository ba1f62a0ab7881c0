// The admin SDK: what widgets and UI routes import (Medusa's @medusajs/admin-sdk, @medusajs/ui
// and @medusajs/icons in one place). Seed code ports by changing those imports to this file.
export {
  defineRouteConfig,
  defineWidgetConfig,
  injectionZones,
  type DetailWidgetProps,
  type InjectionZone,
  type RouteConfig,
  type WidgetConfig,
} from "./config.ts";
export { Badge, Button, Container, Heading, Text } from "./components.tsx";
export {
  ArchiveBox,
  Bolt,
  Buildings,
  ChatBubbleLeftRight,
  CogSixTooth,
  CurrencyDollar,
  FolderOpen,
  Globe,
  Key,
  Megaphone,
  ReceiptPercent,
  ShoppingCart,
  SquaresPlus,
  Tag,
  UserGroup,
  Users,
} from "./icons.tsx";
export type { AdminProduct } from "./records.ts";
