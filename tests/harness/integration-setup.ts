import { afterAll } from "vitest";
import { deleteProductsMadeByThisFile } from "./catalog.ts";

// Runs in every integration test file: the catalogue that the next file sees is the sample one again.
afterAll(deleteProductsMadeByThisFile);
