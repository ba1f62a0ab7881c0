// The seed's "Send Request to API Route": fetch with the admin's session cookie reaches a custom
// route (examples/seed/src/api/admin/products, behind authenticate("user", ["session", …])).
import { useEffect, useState } from "react";
import { Container, defineWidgetConfig } from "../../../../../admin/sdk/index.ts";

const ProductWidget = () => {
  const [productsCount, setProductsCount] = useState(0);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    if (!loading) {
      return;
    }

    fetch("/admin/products", {
      credentials: "include",
    })
      .then((res) => res.json())
      .then(({ count }) => {
        setProductsCount(count);
        setLoading(false);
      });
  }, [loading]);

  return (
    <Container className="divide-y p-0">
      {loading && <span>Loading...</span>}
      {!loading && <span>You have {productsCount} Product(s).</span>}
    </Container>
  );
};

export const config = defineWidgetConfig({
  zone: "product.list.before",
});

export default ProductWidget;
