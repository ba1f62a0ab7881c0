import type { StepDefinition } from "./step-definition.ts";
import { createRef, WorkflowComposerError } from "./workflow-data.ts";

/** One step placed in a workflow: which step, its input template, and the conditions guarding it. */
export interface StepNode {
  id: string;
  step: StepDefinition;
  /** Plain values and references, resolved when the step runs. */
  input: unknown;
  /** Ids of `when` conditions that must all hold for the step to run. */
  conditions: string[];
}

/** A value computed at run time from other values (transform, when). */
export interface DerivedValue {
  inputs: unknown;
  compute: (inputs: unknown) => unknown;
  conditions: string[];
}

/** What a composer builds: steps grouped in stages (a stage's steps run in parallel). */
export interface Composition {
  workflowId: string;
  nodes: Map<string, StepNode>;
  stages: string[][];
  derived: Map<string, DerivedValue>;
  /** The `when` conditions whose `then` is being composed. */
  conditionStack: string[];
  counter: number;
  /** The reference the composer receives as its input. */
  input: unknown;
  /** Hook names created in this composer (registrars exist even when the composer was async). */
  hooks: string[];
}

// The composer API (step1(), transform(), when()) takes no context argument, as in Medusa; the
// composition in progress is visible only during the synchronous createWorkflow call.
let active: Composition | undefined;

export function newComposition(workflowId: string): Composition {
  return {
    workflowId,
    nodes: new Map(),
    stages: [],
    derived: new Map(),
    conditionStack: [],
    counter: 0,
    input: createRef({ source: "input", path: [] }),
    hooks: [],
  };
}

export function activeComposition(what: string): Composition {
  if (!active) throw new WorkflowComposerError(`${what} can only be used inside a createWorkflow composer function`);
  return active;
}

export function withComposition<T>(composition: Composition, fn: () => T): T {
  const previous = active;
  active = composition;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Adds a step to the composition in a stage of its own; returns the id it got. */
export function addStepNode(composition: Composition, step: StepDefinition, input: unknown): string {
  let id = step.name;
  for (let n = 2; composition.nodes.has(id); n++) id = `${step.name}-${n}`;
  composition.nodes.set(id, { id, step, input, conditions: [...composition.conditionStack] });
  composition.stages.push([id]);
  return id;
}

export function addDerived(composition: Composition, value: Omit<DerivedValue, "conditions">): string {
  const id = `derived-${++composition.counter}`;
  composition.derived.set(id, { ...value, conditions: [...composition.conditionStack] });
  return id;
}

/**
 * Medusa's `step(input).config({ name, ...options })`: renames the node just placed (a step used
 * twice gets its own id) and overrides its options for this use only.
 */
export function configureStepNode(
  composition: Composition,
  id: string,
  options: { name?: string } & Partial<Omit<StepDefinition, "name" | "invoke" | "compensate">>,
): string {
  const node = composition.nodes.get(id);
  if (!node) throw new WorkflowComposerError(`config(): step ${id} is not in workflow ${composition.workflowId}`);
  const { name = id, ...overrides } = options;
  if (name !== id && composition.nodes.has(name))
    throw new WorkflowComposerError(`Workflow ${composition.workflowId} already has a step named "${name}"`);
  composition.nodes.delete(id);
  composition.nodes.set(name, { ...node, id: name, step: { ...node.step, ...overrides } });
  for (const stage of composition.stages) {
    const at = stage.indexOf(id);
    if (at >= 0) stage[at] = name;
  }
  return name;
}
