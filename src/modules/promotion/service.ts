import { EventCache } from "../../framework/cache/event-cache.ts";
import { TesseraError } from "../../framework/errors/tessera-error.ts";
import type { EventBus } from "../../framework/events/types.ts";
import { Decimal } from "../../framework/money/index.ts";
import { ModuleService, type Context, type ModuleCradle, type Row } from "../../framework/modules/service-factory.ts";
import { evaluatePromotions, removalActions, type PromotionForCompute } from "./compute/index.ts";
import { PromotionEvents } from "./events.ts";
import { ApplicationMethod, Campaign, CampaignBudget, Promotion, PromotionRule } from "./models.ts";
import type {
  ComputeActionContext,
  ComputeActionOptions,
  ComputeActions,
  CreateCampaignInput,
  CreatePromotionInput,
  PromotionCodeStatus,
  PromotionRuleInput,
  UpdateCampaignInput,
  UpdatePromotionInput,
  UsageComputedActions,
} from "./types.ts";
import { checkApplicationMethod, checkBudget, checkCode, checkDates, checkRules } from "./validate.ts";
import { budgetDeltas, consumeBudgets, releaseBudgets } from "./usage.ts";

/** Everything a promotion is computed and shown with. */
export const promotionRelations = ["application_method", "rules", "campaign", "campaign.budget"];
type RuleScope = "rules" | "target_rules" | "buy_rules";
const rulesOf = (rules: PromotionRuleInput[] | undefined, scope: RuleScope) =>
  (rules ?? []).map((r) => ({ ...r, scope, values: [...r.values] }));

export default class PromotionModuleService extends ModuleService({
  Promotion,
  ApplicationMethod,
  PromotionRule,
  Campaign,
  CampaignBudget,
}) {
  /**
   * Whether an active automatic promotion exists, per process: most shops have none, and every
   * cart refresh would otherwise read the promotions (and the cart's products for their rules)
   * to find none. Dropped on this service's writes and on any promotion or campaign event.
   */
  private readonly automatic: EventCache<boolean>;

  constructor(cradle: ModuleCradle & { eventBus?: EventBus }, options?: unknown) {
    super(cradle, options);
    this.automatic = new EventCache(cradle.eventBus, { events: Object.values(PromotionEvents) });
  }

  protected override onWrite(): void {
    this.automatic.clear();
  }

  /**
   * Whether computing `codes` can give anything but the removal of the context's coded
   * adjustments: a code asked for, or an active automatic promotion (unless prevented). False
   * lets a caller skip building the rules' context. The automatic part is cached per process; a
   * miss reads in the caller's transaction (the embedded database has one connection, which that
   * transaction holds).
   */
  async mayApplyPromotions(codes: string[], options: ComputeActionOptions = {}, ctx?: Context): Promise<boolean> {
    if (codes.length) return true;
    if (options.prevent_auto_promotions) return false;
    return this.automatic.get(
      "active",
      async () =>
        (await this.listPromotions({ is_automatic: true, status: "active" }, { select: ["id"], take: 1 }, ctx)).length >
        0,
    );
  }

  /** A code already used by a live promotion (other than `exceptId`) is DUPLICATE. */
  private async assertCodeFree(code: string, exceptId: string | undefined, ctx: Context): Promise<void> {
    const taken = await this.listPromotions({ code, ...(exceptId ? { id: { $ne: exceptId } } : {}) }, { take: 1 }, ctx);
    if (taken.length)
      throw new TesseraError(TesseraError.Types.DUPLICATE_ERROR, `A promotion with code ${code} already exists`, {
        field: ["code"],
      });
  }

  private async assertCampaign(id: string | null | undefined, ctx: Context): Promise<void> {
    if (id && !(await this.listCampaigns({ id }, { take: 1 }, ctx)).length)
      throw new TesseraError(TesseraError.Types.INVALID_DATA, `Campaign ${id} was not found`, {
        field: ["campaignId"],
      });
  }

  /**
   * Creates promotions with their application method and rules, all or none: bad input is
   * INVALID_DATA, a code in use DUPLICATE (also when two creates race: a unique index holds it).
   * @example await promotion.createPromotionsWithDetails([{ code: "SUMMER10", status: "active", application_method: { type: "percentage", target_type: "items", allocation: "across", value: "10" } }])
   */
  async createPromotionsWithDetails(input: CreatePromotionInput[], ctx?: Context): Promise<Row<"Promotion">[]> {
    return this.transaction(async (c) => {
      const ids: string[] = [];
      for (const { application_method: method, rules, ...data } of input) {
        const code = checkCode(data.code);
        checkApplicationMethod(method, data.type ?? "standard");
        checkRules(rules ?? [], ["rules"]);
        await this.assertCodeFree(code, undefined, c);
        await this.assertCampaign(data.campaign_id, c);
        const { target_rules, buy_rules, ...columns } = method;
        const row = await this.createPromotions(
          {
            ...data,
            code,
            metadata: data.metadata as object | undefined,
            rules: [
              ...rulesOf(rules, "rules"),
              ...rulesOf(target_rules, "target_rules"),
              ...rulesOf(buy_rules, "buy_rules"),
            ],
          },
          c,
        );
        await this.createApplicationMethods(
          {
            ...columns,
            value: new Decimal(columns.value),
            promotion_id: row.id,
            currency_code: columns.currency_code?.toLowerCase() ?? null,
          },
          c,
        );
        ids.push(row.id);
      }
      return this.listPromotions({ id: ids }, { relations: promotionRelations }, c);
    }, ctx);
  }

  /** Updates a promotion's columns and its application method's (merged, then checked as a whole). */
  async updatePromotionWithDetails(data: UpdatePromotionInput, ctx?: Context): Promise<Row<"Promotion">> {
    return this.transaction(async (c) => {
      const { id, application_method: change, ...columns } = data;
      const current = await this.retrievePromotion(id, { relations: ["application_method"] }, c);
      if (columns.code !== undefined) {
        columns.code = checkCode(columns.code);
        await this.assertCodeFree(columns.code, id, c);
      }
      await this.assertCampaign(columns.campaign_id, c);
      const method = current.application_method;
      if (change && method) {
        const merged = { ...method, value: method.value.toFixed(), ...change };
        checkApplicationMethod(merged, current.type);
        const { value, currency_code, ...rest } = change;
        await this.updateApplicationMethods(
          {
            id: method.id,
            ...rest,
            ...(value !== undefined ? { value: new Decimal(value) } : {}),
            ...(currency_code !== undefined ? { currency_code: currency_code?.toLowerCase() ?? null } : {}),
          },
          c,
        );
      }
      await this.updatePromotions({ id, ...columns, metadata: columns.metadata as object | undefined }, c);
      return this.retrievePromotion(id, { relations: promotionRelations }, c);
    }, ctx);
  }

  /** Adds rules to a promotion (scope: rules, target_rules or buy_rules); returns the new rules. */
  async addPromotionRules(
    promotionId: string,
    scope: RuleScope,
    rules: PromotionRuleInput[],
    ctx?: Context,
  ): Promise<Row<"PromotionRule">[]> {
    checkRules(rules, ["rules"]);
    return this.transaction(async (c) => {
      await this.retrievePromotion(promotionId, {}, c);
      return this.createPromotionRules(
        rulesOf(rules, scope).map((r) => ({ ...r, promotion_id: promotionId })),
        c,
      );
    }, ctx);
  }

  /** Creates campaigns with their budget; the end before the start, or a bad budget, is INVALID_DATA. */
  async createCampaignsWithBudget(input: CreateCampaignInput[], ctx?: Context): Promise<Row<"Campaign">[]> {
    return this.transaction(async (c) => {
      const ids: string[] = [];
      for (const { budget, ...data } of input) {
        checkDates(data.starts_at, data.ends_at);
        const limit = budget ? checkBudget(budget) : null;
        await this.assertIdentifierFree(data.campaign_identifier, undefined, c);
        const row = await this.createCampaigns(data, c);
        if (budget)
          await this.createCampaignBudgets(
            {
              campaign_id: row.id,
              type: budget.type,
              limit,
              currency_code: budget.currency_code?.toLowerCase() ?? null,
            },
            c,
          );
        ids.push(row.id);
      }
      return this.listCampaigns({ id: ids }, { relations: ["budget"] }, c);
    }, ctx);
  }

  /** Updates a campaign; a budget limit below what is already used is INVALID_DATA. */
  async updateCampaignWithBudget(data: UpdateCampaignInput, ctx?: Context): Promise<Row<"Campaign">> {
    return this.transaction(async (c) => {
      const { id, budget, ...columns } = data;
      const current = await this.retrieveCampaign(id, { relations: ["budget"] }, c);
      checkDates(
        columns.starts_at === undefined ? current.starts_at : columns.starts_at,
        columns.ends_at === undefined ? current.ends_at : columns.ends_at,
      );
      if (columns.campaign_identifier !== undefined)
        await this.assertIdentifierFree(columns.campaign_identifier, id, c);
      if (budget && budget.limit !== undefined) {
        if (!current.budget)
          throw new TesseraError(TesseraError.Types.INVALID_DATA, "The campaign has no budget", { field: ["budget"] });
        const limit = checkBudget({
          type: current.budget.type,
          limit: budget.limit,
          currency_code: current.budget.currency_code,
        });
        if (limit?.lt(current.budget.used))
          throw new TesseraError(
            TesseraError.Types.INVALID_DATA,
            `The limit is below what the budget has already used (${current.budget.used.toFixed()})`,
            { field: ["budget", "limit"] },
          );
        await this.updateCampaignBudgets({ id: current.budget.id, limit }, c);
      }
      await this.updateCampaigns({ id, ...columns }, c);
      return this.retrieveCampaign(id, { relations: ["budget"] }, c);
    }, ctx);
  }

  /**
   * Soft-deletes campaigns (unknown ids are NOT_FOUND) with their budgets and detaches their
   * promotions, in one transaction; returns what was detached so it can be put back.
   */
  async deleteCampaignsDetaching(ids: string[], ctx?: Context): Promise<{ id: string; campaign_id: string | null }[]> {
    return this.transaction(async (c) => {
      for (const id of ids) await this.retrieveCampaign(id, {}, c);
      const attached = await this.listPromotions({ campaign_id: ids }, {}, c);
      if (attached.length)
        await this.updatePromotions({ selector: { id: attached.map((p) => p.id) }, data: { campaign_id: null } }, c);
      await this.softDeleteCampaigns(ids, c);
      return attached.map((p) => ({ id: p.id, campaign_id: p.campaign_id }));
    }, ctx);
  }

  private async assertIdentifierFree(identifier: string, exceptId: string | undefined, ctx: Context): Promise<void> {
    const taken = await this.listCampaigns(
      { campaign_identifier: identifier, ...(exceptId ? { id: { $ne: exceptId } } : {}) },
      { take: 1 },
      ctx,
    );
    if (taken.length)
      throw new TesseraError(
        TesseraError.Types.DUPLICATE_ERROR,
        `A campaign with identifier ${identifier} already exists`,
        {
          field: ["campaignIdentifier"],
        },
      );
  }

  /** The promotions to compute: the codes asked for and, unless prevented, the active automatic ones. */
  private async promotionsFor(codes: string[], options: ComputeActionOptions, ctx?: Context) {
    const wanted = [...new Set(codes)];
    if (!(await this.mayApplyPromotions(wanted, options, ctx))) return { wanted, promotions: [] };
    const filters = options.prevent_auto_promotions
      ? { code: wanted }
      : { $or: [{ code: wanted }, { is_automatic: true, status: "active" }] };
    const rows = await this.listPromotions(
      filters,
      { relations: promotionRelations, order: { created_at: "ASC" }, relationLoadStrategy: "join" },
      ctx,
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const asked = wanted.flatMap((code) => byCode.get(code) ?? []);
    const automatic = rows.filter((r) => r.is_automatic && !wanted.includes(r.code));
    return { wanted, promotions: [...asked, ...automatic].map(forCompute) };
  }

  /**
   * Medusa's computeActions: removes the coded adjustments the context carries and adds those of
   * the given codes and of the active automatic promotions. A code that is unknown, not active,
   * outside its campaign's dates or whose rules the context does not meet adds nothing; one whose
   * budget cannot cover it gives campaignBudgetExceeded. Amounts are decimal strings rounded to the
   * context's currency.
   * @example await promotion.computeActions(["SUMMER10"], { currency_code: "eur", items: [{ id: "item_1", quantity: 2, subtotal: "50" }] })
   */
  async computeActions(
    promotionCodes: string[],
    context: ComputeActionContext,
    options: ComputeActionOptions = {},
    ctx?: Context,
  ): Promise<ComputeActions[]> {
    const { promotions } = await this.promotionsFor(promotionCodes, options, ctx);
    return [...removalActions(context), ...evaluatePromotions(promotions, context, new Date()).actions];
  }

  /**
   * Why each code does or does not apply to the context (unknown, expired, rules_not_met, ...): for
   * typed errors. A code that applies comes with its promotion's id (`promotion_id`), as read here.
   */
  async checkPromotionCodes(
    promotionCodes: string[],
    context: ComputeActionContext,
    ctx?: Context,
  ): Promise<{ code: string; status: PromotionCodeStatus; promotion_id?: string }[]> {
    const { wanted, promotions } = await this.promotionsFor(promotionCodes, { prevent_auto_promotions: true }, ctx);
    const { outcomes } = evaluatePromotions(promotions, context, new Date());
    return wanted.map((code) => {
      const status = outcomes.get(code) ?? "unknown";
      const id = status === "applicable" ? promotions.find((p) => p.code === code)?.id : undefined;
      return { code, status, ...(id ? { promotion_id: id } : {}) };
    });
  }

  /**
   * Consumes the campaign budgets of the promotions in `computedActions` (spend: the sum of their
   * amounts; usage: one per promotion), all or none, never past a limit even under concurrency (a
   * conditional UPDATE per budget). A budget that cannot cover it is NOT_ALLOWED and nothing is consumed.
   */
  async registerUsage(computedActions: ComputeActions[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const deltas = budgetDeltas(await this.usagePromotions(computedActions, c), computedActions);
      await consumeBudgets(this.client(c), deltas);
    }, ctx);
  }

  /** Gives back what registerUsage consumed for the same actions (an order canceled, a completion compensated). */
  async revertUsage(computedActions: ComputeActions[], ctx?: Context): Promise<void> {
    await this.transaction(async (c) => {
      const deltas = budgetDeltas(await this.usagePromotions(computedActions, c), computedActions);
      await releaseBudgets(this.client(c), deltas);
    }, ctx);
  }

  private async usagePromotions(actions: ComputeActions[], ctx: Context) {
    const codes = [...new Set(actions.filter(isUsage).map((a) => a.code))];
    if (!codes.length) return [];
    return this.listPromotions(
      { code: codes },
      { relations: ["campaign", "campaign.budget"], withDeleted: false, relationLoadStrategy: "join" },
      ctx,
    );
  }
}

const isUsage = (action: ComputeActions): action is UsageComputedActions =>
  action.action === "addItemAdjustment" || action.action === "addShippingMethodAdjustment";

type LoadedPromotion = Row<"Promotion">;

/** A loaded row as computeActions reads it (a deleted campaign bounds nothing). */
function forCompute(row: LoadedPromotion): PromotionForCompute {
  const campaign = row.campaign && !row.campaign.deleted_at ? row.campaign : null;
  const budget = campaign?.budget && !campaign.budget.deleted_at ? campaign.budget : null;
  return {
    id: row.id,
    code: row.code,
    type: row.type,
    status: row.status,
    application_method: row.application_method,
    rules: row.rules ?? [],
    campaign: campaign && {
      starts_at: campaign.starts_at,
      ends_at: campaign.ends_at,
      budget: budget && { id: budget.id, type: budget.type, limit: budget.limit, used: new Decimal(budget.used) },
    },
  };
}
