import { graphql } from "../../src/generated/gql/index.ts";

export const WorkflowExecutionQuery = graphql(`
  query WorkflowExecution($transactionId: String!, $workflowId: String) {
    workflowExecution(transactionId: $transactionId, workflowId: $workflowId) {
      workflowId transactionId status result startedAt finishedAt
      steps { id status attempts errors startedAt finishedAt }
      errors { action handlerType message }
    }
  }
`);

export const SetWorkflowStepSuccessMutation = graphql(`
  mutation SetWorkflowStepSuccess($input: SetWorkflowStepSuccessInput!) {
    setWorkflowStepSuccess(input: $input) {
      execution { status result steps { id status } }
      userErrors { field message code }
    }
  }
`);

export const SetWorkflowStepFailureMutation = graphql(`
  mutation SetWorkflowStepFailure($input: SetWorkflowStepFailureInput!) {
    setWorkflowStepFailure(input: $input) {
      execution { status errors { action message } steps { id status } }
      userErrors { field message code }
    }
  }
`);

export const CreateProductTagMutation = graphql(`
  mutation CreateProductTag($input: CreateProductLabelInput!) {
    createProductTag(input: $input) { productTag { id value } userErrors { field message code } }
  }
`);

export const DeleteProductWithKeyMutation = graphql(`
  mutation DeleteProductWithKey($input: IdempotentDeleteInput!) {
    deleteProduct(input: $input) { deletedId userErrors { field message code } }
  }
`);
