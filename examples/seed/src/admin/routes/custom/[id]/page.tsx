// The seed's "Accept Path Parameters in UI Routes": /app/custom/:id. (The seed's version forgets to
// import Heading; it is imported here.)
import { useParams } from "react-router-dom";
import { Container, Heading } from "../../../../../../../admin/sdk/index.ts";

const CustomPage = () => {
  const { id } = useParams();

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Passed ID: {id}</Heading>
      </div>
    </Container>
  );
};

export default CustomPage;
