// The plugin's JSON API. Failures become an ApiError carrying the server's Dutch problem
// (title, detail, type), so screens can say what went wrong and what to do.

let csrfToken = null;

export class ApiError extends Error {
  constructor(problem) {
    super(problem.title);
    this.problem = problem;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export async function get(path) {
  return request('GET', path);
}

export async function send(method, path, body) {
  return request(method, path, body);
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    // The session filter refuses a change without the session's CSRF token.
    headers['X-CSRF-Token'] = csrfToken ?? '';
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ApiError({ type: 'offline', title: null, detail: null, status: 0 });
  }
  if (response.status === 204) return null;
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    throw new ApiError(json && json.title ? json : { type: 'about:blank', status: response.status });
  }
  return json;
}

export const NO_MEASUREMENT = 'urn:spiegelbeeld:problem:no-measurement';
