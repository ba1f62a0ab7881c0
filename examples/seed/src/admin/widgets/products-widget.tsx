// The seed's "Create Widget": imports from the admin SDK instead of @medusajs/admin-sdk and @medusajs/ui.
import { Container, defineWidgetConfig, Heading } from "../../../../../admin/sdk/index.ts";

const ProductWidget = () => {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Product Widget</Heading>
      </div>
    </Container>
  );
};

export const config = defineWidgetConfig({
  zone: "product.list.before",
});

export default ProductWidget;
