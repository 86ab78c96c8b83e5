// Setup file of every test project (vitest.config.ts): after each test file, removes the temporary folders it made
// with tempFolder(). Runs after the file's own afterAll hooks (vitest runs after-hooks as a stack), so servers are
// closed and the working folder restored by then.
import { afterAll } from 'vitest';
import { removeTempFolders } from '../helpers/temp.js';

afterAll(() => removeTempFolders());
