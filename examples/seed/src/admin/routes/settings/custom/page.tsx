// The seed's "Create Settings Page": /app/settings/custom, listed on the settings page.
import { Container, defineRouteConfig, Heading } from "../../../../../../../admin/sdk/index.ts";

const CustomSettingPage = () => {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Custom Setting Page</Heading>
      </div>
    </Container>
  );
};

export const config = defineRouteConfig({
  label: "Custom",
});

export default CustomSettingPage;
