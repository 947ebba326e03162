import { defineLink } from "@medusajs/framework/utils";
import ProductModule from "@medusajs/medusa/product";
import TraceModule from "../modules/trace";

/**
 * A trace record's product, through the record's own product_id column (read-only: no link table, the
 * column is sealed with the record at publication). `query.graph({ entity: "trace_record", fields:
 * ["product.title", …] })` reaches the product.
 */
export default defineLink(
  { linkable: TraceModule.linkable.traceRecord, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true },
);
