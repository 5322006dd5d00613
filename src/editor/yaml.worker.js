// Re-export so Vite bundles monaco-yaml's worker locally (`?worker`); importing the package path directly
// with `?worker` breaks in `vite` dev (stack.md §2).
import 'monaco-yaml/yaml.worker.js'
