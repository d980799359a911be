import { createContext, useContext } from "react";
import type { CitedPassage } from "./citations.ts";

/** Opens a cited passage beside the chat (the workbench's artifact pane); absent where nothing can open it. */
export const CitationOpenerContext = createContext<((passage: CitedPassage) => void) | null>(null);

/** The passages the message being drawn may cite, so its Markdown can turn [n] links into chips. */
export const MessagePassagesContext = createContext<readonly CitedPassage[]>([]);

/** The opener of the surrounding workbench, if any. */
export const useCitationOpener = () => useContext(CitationOpenerContext);

/** The passages of the message being drawn. */
export const useMessagePassages = () => useContext(MessagePassagesContext);
