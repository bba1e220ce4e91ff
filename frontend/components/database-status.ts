import { LitElement, css, html, nothing } from 'lit';

/** What the last health check found. */
export type DatabaseState = 'up' | 'database-down' | 'server-unreachable';

/**
 * <database-status>: asks the health endpoint every few seconds and shows a banner while
 * the database (or the server) does not answer. It polls by itself rather than through
 * Vaadin, so that it keeps working while the server cannot serve the UI.
 */
export class DatabaseStatus extends LitElement {
  static properties = {
    healthUrl: { type: String, attribute: 'health-url' },
    intervalMs: { type: Number, attribute: 'interval-ms' },
    databaseDownText: { type: String, attribute: 'database-down-text' },
    serverUnreachableText: { type: String, attribute: 'server-unreachable-text' },
    state: { type: String, reflect: true },
  };

  static styles = css`
    :host {
      position: fixed;
      top: calc(var(--vaadin-app-layout-navbar-offset-top, 3.5rem) + 0.5rem);
      left: 50%;
      transform: translateX(-50%);
      z-index: 1000;
      max-width: min(40rem, 90vw);
    }
    [role='alert'] {
      padding: 0.5rem 1rem;
      border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-error-color, #b91c1c);
      color: var(--lumo-error-contrast-color, #fff);
      box-shadow: var(--lumo-box-shadow-m, 0 2px 8px rgb(0 0 0 / 30%));
      font: 500 var(--lumo-font-size-s, 0.875rem) / 1.4 var(--lumo-font-family, sans-serif);
    }
  `;

  declare healthUrl: string;
  declare intervalMs: number;
  declare databaseDownText: string;
  declare serverUnreachableText: string;
  declare state: DatabaseState;

  #timer = 0;

  constructor() {
    super();
    this.healthUrl = 'actuator/health/neo4j';
    this.intervalMs = 10_000;
    this.databaseDownText = '';
    this.serverUnreachableText = '';
    this.state = 'up';
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.#schedule(0);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.#timer);
  }

  /** Checks now; the next check follows after the interval. */
  async check(): Promise<void> {
    this.state = await this.#ask();
    this.#schedule(this.intervalMs);
  }

  async #ask(): Promise<DatabaseState> {
    try {
      const response = await fetch(this.healthUrl, { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (response.ok) {
        return 'up';
      }
      // 503 with a body is the app telling that the database does not answer
      return response.status === 503 ? 'database-down' : 'server-unreachable';
    } catch {
      return 'server-unreachable';
    }
  }

  #schedule(delay: number): void {
    window.clearTimeout(this.#timer);
    if (this.isConnected) {
      this.#timer = window.setTimeout(() => void this.check(), delay);
    }
  }

  render() {
    if (this.state === 'up') {
      return nothing;
    }
    const text = this.state === 'database-down' ? this.databaseDownText : this.serverUnreachableText;
    return html`<div role="alert">${text}</div>`;
  }
}

customElements.define('database-status', DatabaseStatus);
