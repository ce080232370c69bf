import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/controls.css";
import "./styles/feedback.css";
import "./styles/badges.css";
import "./styles/document-list.css";
import "./styles/document-page.css";
import "./styles/editor.css";
import "./styles/footnotes.css";
import "./styles/collab.css";
import "./styles/admin.css";
import "./styles/review.css";
import "./styles/threads.css";
import "./styles/suggestions.css";
import "./styles/workflow.css";
import "./styles/dialog.css";
import "./styles/approval.css";
import "./styles/inbox.css";
import "./styles/needs.css";
import "./styles/versions.css";
import "./styles/submissions.css";
import "./styles/document-chrome.css";
import "./styles/language.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain <div id=\"root\">.");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
