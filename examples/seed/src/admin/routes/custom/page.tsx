// The seed's "Create a UI Route": a page at /app/custom with a sidebar item.
import { ChatBubbleLeftRight, Container, defineRouteConfig, Heading } from "../../../../../../admin/sdk/index.ts";

const CustomPage = () => {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">This is my custom route</Heading>
      </div>
    </Container>
  );
};

export const config = defineRouteConfig({
  label: "Custom Route",
  icon: ChatBubbleLeftRight,
});

export default CustomPage;
