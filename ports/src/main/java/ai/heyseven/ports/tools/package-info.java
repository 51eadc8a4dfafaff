/** Tools the agent may call while answering (ports: each tool is implemented outside the core). */
package ai.heyseven.ports.tools;
