import type Ajv2020 from "ajv/dist/2020.js";
import {
  type ArgumentValidator,
  compileArgumentValidator,
  createSchemaCompiler,
} from "./arguments/argument-validator.ts";
import { ToolDefinitionError } from "./errors/tool-definition-error.ts";
import { UnknownToolError } from "./errors/unknown-tool-error.ts";
import type { Tool } from "./tool.ts";
import { describeTool, type ToolDescription } from "./tool-description.ts";

/** What model APIs accept as a function name. */
const TOOL_NAME = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;

interface RegisteredTool {
  tool: Tool;
  validate: ArgumentValidator;
}

/**
 * The tools Penny knows, from one explicit list. Each tool is checked and its input schema compiled once, here, so
 * a malformed tool stops the start-up instead of failing its first call.
 */
export class ToolRegistry {
  readonly #tools = new Map<string, RegisteredTool>();

  constructor(tools: readonly Tool[]) {
    const ajv = createSchemaCompiler();
    for (const tool of tools) {
      if (this.#tools.has(tool.name)) throw new ToolDefinitionError(tool.name, "is registered twice");
      checkDefinition(tool);
      this.#tools.set(tool.name, { tool, validate: compileSchema(ajv, tool) });
    }
  }

  /** The tool named `name`, or undefined. */
  get(name: string): Tool | undefined {
    return this.#tools.get(name)?.tool;
  }

  /** Every tool, in the order of the list it was built from. */
  list(): Tool[] {
    return [...this.#tools.values()].map((registered) => registered.tool);
  }

  /** The public view of every tool (GET /v1/tools, the model's tool list). */
  describe(): ToolDescription[] {
    return this.list().map(describeTool);
  }

  /** Checks `input` against the tool's schema; returns a copy with defaults applied or throws ToolArgumentsError. */
  validateArguments(name: string, input: unknown): Record<string, unknown> {
    const registered = this.#tools.get(name);
    if (!registered) throw new UnknownToolError(name);
    return registered.validate(input);
  }
}

function checkDefinition(tool: Tool): void {
  if (!TOOL_NAME.test(tool.name)) {
    throw new ToolDefinitionError(tool.name, "a name is a letter then up to 63 letters, digits, _ or -");
  }
  if (tool.description.trim() === "") throw new ToolDefinitionError(tool.name, "needs a description");
  if (tool.inputSchema.type !== "object") {
    throw new ToolDefinitionError(tool.name, 'the input schema must describe an object (type "object")');
  }
  if (!Number.isInteger(tool.timeoutMs) || tool.timeoutMs < 1) {
    throw new ToolDefinitionError(tool.name, `timeoutMs must be a positive integer, not ${tool.timeoutMs}`);
  }
  if (!Number.isInteger(tool.concurrency) || tool.concurrency < 1) {
    throw new ToolDefinitionError(
      tool.name,
      `concurrency must be a positive integer, not ${tool.concurrency}`,
    );
  }
}

function compileSchema(ajv: Ajv2020, tool: Tool): ArgumentValidator {
  try {
    return compileArgumentValidator(ajv, tool.name, tool.inputSchema);
  } catch (error) {
    throw new ToolDefinitionError(
      tool.name,
      `its input schema does not compile: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
