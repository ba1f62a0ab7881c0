// The seed's "Receive Details Props in Widgets": a details zone hands the widget the product.
import {
  type AdminProduct,
  Container,
  type DetailWidgetProps,
  defineWidgetConfig,
  Heading,
} from "../../../../../admin/sdk/index.ts";

// The widget
const ProductWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Product Widget {data.title}</Heading>
      </div>
    </Container>
  );
};

// The widget's configurations
export const config = defineWidgetConfig({
  zone: "product.details.before",
});

export default ProductWidget;
