import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Everything is bundled: the app never fetches from the network at run time.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
