import { MedusaError, MedusaService } from "@medusajs/framework/utils";
import type { DAL, InferTypeOf, ModulesSdkTypes } from "@medusajs/framework/types";
import type { TraceKey } from "../../lib/gs1";
import { eventHash, genesisHash, recordHash, verifyChain, type ChainVerification } from "./chain";
import { markUse, type MarkUse } from "./marks/mark-use";
import Mark from "./models/mark";
import MarkAuthorisation from "./models/mark-authorisation";
import TraceEvent from "./models/trace-event";
import TraceRecord from "./models/trace-record";
import type { TraceEventInput } from "./schemas";
import type { RecorderType } from "./vocabulary";

export type TraceRecordDTO = InferTypeOf<typeof TraceRecord>;
export type TraceEventDTO = InferTypeOf<typeof TraceEvent>;

/** Who records an event: the actor type and id from the request's auth context (or a script's name). */
export interface Recorder {
  type: RecorderType;
  id: string;
}

type EventStore = ModulesSdkTypes.IMedusaInternalService<typeof TraceEvent>;

interface InjectedDependencies {
  baseRepository: DAL.RepositoryService;
  /** Medusa registers an internal service for every model in models/; this one is kept private. */
  traceEventService: EventStore;
}

/**
 * Trace records, their append-only event chain, and the registry of marks. Records and marks have the
 * generated CRUD (listTraceRecords, createMarks, …). Events are deliberately not among the generated
 * models: the module exposes only listing, appending and verifying them, so nothing in the application
 * can rewrite a chain (undoAppendTraceEvent exists for workflow compensation and removes only the last).
 */
class TraceModuleService extends MedusaService({ TraceRecord, Mark, MarkAuthorisation }) {
  private readonly events_: EventStore;
  private readonly serializer_: DAL.RepositoryService;

  constructor(dependencies: InjectedDependencies, ...rest: unknown[]) {
    super(dependencies, ...rest);
    this.events_ = dependencies.traceEventService;
    this.serializer_ = dependencies.baseRepository;
  }

  /** A record's events (or those matching `filters`), plain objects, in `order` of sequence. */
  async findTraceEvents(
    filters: { record_id?: string; id?: string },
    order: "ASC" | "DESC" = "ASC",
    take?: number,
  ): Promise<TraceEventDTO[]> {
    const events = await this.events_.list(filters, {
      order: { sequence: order },
      ...(take ? { take } : {}),
    });
    return this.serializer_.serialize<TraceEventDTO[]>(events);
  }

  /** The record with that id, or a 404 that names it. */
  async retrieveTraceRecordOr404(id: string): Promise<TraceRecordDTO> {
    const [record] = await this.listTraceRecords({ id });
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Trace record ${id} does not exist`);
    return record;
  }

  /**
   * The published record a tag's Digital Link names (GTIN as 14 digits with its lot or serial), or
   * undefined: drafts are never public. The public trace page starts here.
   */
  async retrievePublishedTraceRecordByKey(key: TraceKey): Promise<TraceRecordDTO | undefined> {
    const [record] = await this.listTraceRecords({
      gtin: key.gtin,
      ...(key.kind === "batch" ? { lot: key.lot } : { serial: key.serial }),
      published_at: { $ne: null },
    });
    return record;
  }

  /** The record's events in order. */
  async listChain(recordId: string): Promise<TraceEventDTO[]> {
    return this.findTraceEvents({ record_id: recordId });
  }

  /** The events of several records in one query, each record's in order (lists, tag sheets). */
  async listChains(recordIds: string[]): Promise<Map<string, TraceEventDTO[]>> {
    const chains = new Map(recordIds.map((id) => [id, [] as TraceEventDTO[]]));
    if (!recordIds.length) return chains;
    const events = await this.events_.list({ record_id: recordIds }, { order: { sequence: "ASC" } });
    for (const event of await this.serializer_.serialize<TraceEventDTO[]>(events)) {
      chains.get(event.record_id)?.push(event);
    }
    return chains;
  }

  /**
   * Appends an event after the record's last one: next sequence, prev_hash = the last event's hash (the
   * genesis hash for the first), hash over the canonical fields. Two appends at the same moment cannot
   * both take a sequence number: the unique (record_id, sequence) index refuses the second (409).
   */
  async appendTraceEvent(
    recordId: string,
    input: TraceEventInput,
    recorder: Recorder,
  ): Promise<TraceEventDTO> {
    await this.retrieveTraceRecordOr404(recordId);
    const [last] = await this.findTraceEvents({ record_id: recordId }, "DESC", 1);
    const fields = {
      record_id: recordId,
      sequence: (last?.sequence ?? 0) + 1,
      type: input.type,
      occurred_on: input.occurred_on,
      place: input.place,
      description: input.description,
      recorded_by_type: recorder.type,
      recorded_by_id: recorder.id,
      recorded_at: new Date(),
      prev_hash: last?.hash ?? genesisHash(recordId),
    };
    try {
      const created = await this.events_.create({ ...fields, hash: eventHash(fields) });
      return this.serializer_.serialize<TraceEventDTO>(created);
    } catch (error) {
      if (error instanceof Error && /unique|duplicate|already exists/i.test(error.message)) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Another event of trace record ${recordId} was recorded at the same moment; send this one again`,
        );
      }
      throw error;
    }
  }

  /** Removes an event appended by a workflow that then failed (compensation only: the chain's last event). */
  async undoAppendTraceEvent(eventId: string): Promise<void> {
    const [event] = await this.findTraceEvents({ id: eventId });
    if (!event) return;
    const [last] = await this.findTraceEvents({ record_id: event.record_id }, "DESC", 1);
    if (last?.id !== eventId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Event ${eventId} is no longer the last one; it stays`,
      );
    }
    await this.events_.delete(eventId);
  }

  /**
   * Publishes (or re-publishes) the record: seals its fields (record_hash) and the current head of its
   * chain. Refused without events, and when the chain is not intact (a damaged chain is never sealed).
   */
  async publishTraceRecord(recordId: string): Promise<TraceRecordDTO> {
    const record = await this.retrieveTraceRecordOr404(recordId);
    const events = await this.listChain(recordId);
    const head = events[events.length - 1];
    if (!head) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Trace record ${recordId} has no events yet: record at least one production step before publishing`,
      );
    }
    const verification = verifyChain(record, events);
    if (!verification.intact) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Trace record ${recordId} cannot be published: ${verification.reason} at sequence ${verification.first_bad_sequence}`,
      );
    }
    return this.updateTraceRecords({
      id: recordId,
      published_at: record.published_at ?? new Date(),
      published_sequence: head.sequence,
      published_head_hash: head.hash,
      record_hash: recordHash(record),
    });
  }

  /** Recomputes the chain: `{ intact: true, … }` or `{ intact: false, first_bad_sequence, reason }`. */
  async verifyTraceRecord(recordId: string): Promise<ChainVerification> {
    const record = await this.retrieveTraceRecordOr404(recordId);
    return verifyChain(record, await this.listChain(recordId));
  }

  /** May a product of `artisanId` show the mark with that handle on `date`? */
  async checkMarkUse(
    markHandle: string,
    artisanId: string,
    date: Date | string = new Date(),
  ): Promise<MarkUse> {
    const [mark] = await this.listMarks({ handle: markHandle }, { relations: ["authorisations"] });
    return markUse(mark, artisanId, date);
  }
}

export default TraceModuleService;
